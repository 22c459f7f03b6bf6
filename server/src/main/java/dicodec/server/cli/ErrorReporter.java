package dicodec.server.cli;

import dicodec.core.error.DicodecException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure into one line on stderr and an exit code: a person reads what is wrong and
 * where, not a stack trace. Set DICODEC_DEBUG=1 to get the trace as well.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        cmd.getErr().println("dicodec: " + oneLine(ex));
        if (System.getenv("DICODEC_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return ExitCodes.of(ex);
    }

    static String oneLine(Throwable t) {
        if (t instanceof DicodecException) {
            return t.getMessage();
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return t.getMessage() + ": no such file";
        }
        String msg = t.getMessage();
        String text = t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
        if (t.getCause() != null && t.getCause() != t) {
            text += " (" + oneLine(t.getCause()) + ")";
        }
        return text.replace('\n', ' ');
    }
}
