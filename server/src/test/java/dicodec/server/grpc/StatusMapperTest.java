package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import io.grpc.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Each kind of failure gets the status of the design, with a message a person can act on. */
class StatusMapperTest {
    @Test
    void toStatus_eachErrorKind_getsTheDesignsCode() {
        assertEquals(Status.Code.INVALID_ARGUMENT, code(ErrorKind.BAD_INPUT));
        assertEquals(Status.Code.FAILED_PRECONDITION, code(ErrorKind.REFUSED));
        assertEquals(Status.Code.UNIMPLEMENTED, code(ErrorKind.UNSUPPORTED));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, code(ErrorKind.LIMIT));
        assertEquals(Status.Code.INTERNAL, code(ErrorKind.INTERNAL));
    }

    @Test
    void toStatus_keepsTheFrameAttributeAndOffsetOfTheMessage() {
        DicodecException e = new DicodecException(ErrorKind.BAD_INPUT, "ct1.dcm", 3, Tag.BITS_STORED, 1488,
                "17 > Bits Allocated 16", null);
        Status s = StatusMapper.toStatus(e);
        assertEquals("ct1.dcm: frame 3: BitsStored (0028,0101): at byte 1488: 17 > Bits Allocated 16",
                s.getDescription());
        assertSame(e, s.getCause());
    }

    @Test
    void toStatus_findsTheFaultInsideAWrapper() {
        DicodecException inner = DicodecException.badInputAt(10, "truncated");
        Status s = StatusMapper.toStatus(new UncheckedIOException("reading", new IOException(inner)));
        assertEquals(Status.Code.INVALID_ARGUMENT, s.getCode());
        assertEquals("at byte 10: truncated", s.getDescription());
    }

    @Test
    void toStatus_cancelledWork_isCancelled() {
        assertEquals(Status.Code.CANCELLED, StatusMapper.toStatus(new CancellationException("x")).getCode());
    }

    @Test
    void toStatus_anythingElse_isInternalAndSaysWhat() {
        Status s = StatusMapper.toStatus(new IllegalStateException("a bug"));
        assertEquals(Status.Code.INTERNAL, s.getCode());
        assertTrue(s.getDescription().contains("IllegalStateException: a bug"), s.getDescription());
        assertEquals(Status.Code.INTERNAL, StatusMapper.toStatus(new IOException("disk full")).getCode());
    }

    private static Status.Code code(ErrorKind kind) {
        return StatusMapper.toStatus(new DicodecException(kind, "x")).getCode();
    }
}
