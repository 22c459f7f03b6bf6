package dicodec.server.grpc;

import dicodec.core.error.DicodecException;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;

/**
 * The one place where failures become gRPC statuses (design: "Service and CLI contracts"). The
 * description is the exception's message, which names the frame, attribute and byte offset;
 * the cause travels with the status for the server's own logs.
 */
public final class StatusMapper {
    private StatusMapper() {
    }

    public static StatusRuntimeException toException(Throwable t) {
        return toStatus(t).asRuntimeException();
    }

    public static Status toStatus(Throwable t) {
        DicodecException d = find(t, DicodecException.class);
        if (d != null) {
            return codeOf(d).withDescription(d.getMessage()).withCause(d);
        }
        if (t instanceof StatusRuntimeException s) {
            return s.getStatus();
        }
        if (t instanceof StatusException s) {
            return s.getStatus();
        }
        if (find(t, CancellationException.class) != null) {
            return Status.CANCELLED.withDescription("the call was cancelled; its work stopped").withCause(t);
        }
        if (t instanceof OutOfMemoryError) {
            return Status.RESOURCE_EXHAUSTED.withDescription("the server ran out of memory").withCause(t);
        }
        if (t instanceof IOException || t instanceof UncheckedIOException) {
            return Status.INTERNAL.withDescription("server I/O error: " + oneLine(t)).withCause(t);
        }
        return Status.INTERNAL.withDescription("internal error: " + oneLine(t)).withCause(t);
    }

    private static Status codeOf(DicodecException d) {
        switch (d.kind()) {
            case BAD_INPUT: return Status.INVALID_ARGUMENT;
            case REFUSED: return Status.FAILED_PRECONDITION;
            case UNSUPPORTED: return Status.UNIMPLEMENTED;
            case LIMIT: return Status.RESOURCE_EXHAUSTED;
            default: return Status.INTERNAL;
        }
    }

    /** The first {@code type} in the cause chain: readers wrap faults in UncheckedIOException. */
    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String oneLine(Throwable t) {
        String msg = t.getMessage();
        String text = t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
        return text.replace('\n', ' ');
    }
}
