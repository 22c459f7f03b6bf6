package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomWriter;
import dicodec.core.io.VR;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SyntheticDicom;
import dicodec.grpc.v1.TranscodeOptions;
import dicodec.grpc.v1.TranscodeRequest;
import io.grpc.StatusRuntimeException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server logs at INFO and above names no patient: objects carrying a Patient's Name
 * and Patient ID go through the service (a transcode, a lossy refusal, a bad input, a shutdown
 * with a call in flight) while every log record is captured, and neither value appears.
 */
class NoPatientDataInLogsTest {
    private static final String NAME = "DOE^JANE^SECRET";
    private static final String ID = "PID-8675309";

    @TempDir
    Path tmp;

    @Test
    void infoLogs_ofTranscodesRefusalsAndErrors_nameNoPatient() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (records) {
                    records.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.INFO);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try (InProcessServer server = InProcessServer.withDefaults(tmp)) {
            server.blocking().transcode(request(object(16), "rle"));
            StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                    () -> server.blocking().transcode(request(object(16), "jpeg-baseline")));
            StatusRuntimeException bad = assertThrows(StatusRuntimeException.class,
                    () -> server.blocking().transcode(request(object(17), "rle"))); // Bits Stored 17 > 16
            assertEquals(io.grpc.Status.Code.INVALID_ARGUMENT, bad.getStatus().getCode());
            assertFalse(refused.getStatus().getDescription().contains(NAME), "nor in a status");
            server.server.stopGracefully(java.time.Duration.ofSeconds(2));
        } finally {
            root.removeHandler(capture);
        }
        List<String> messages = new ArrayList<>();
        for (LogRecord r : records) {
            String text = new java.util.logging.SimpleFormatter().format(r);
            messages.add(text);
            assertFalse(text.contains(NAME) || text.contains("DOE^JANE") || text.contains(ID), text);
        }
        assertTrue(records.stream().allMatch(r -> r.getLevel().intValue() >= Level.INFO.intValue()), "INFO and up");
    }

    private static TranscodeRequest request(byte[] object, String target) {
        return TranscodeRequest.newBuilder().setOptions(TranscodeOptions.newBuilder().setTargetSyntax(target))
                .setObject(ByteString.copyFrom(object)).build();
    }

    /** A small image with a patient; Bits Stored {@code bitsStored} (17 makes it bad input). */
    private static byte[] object(int bitsStored) throws Exception {
        Dataset ds = SyntheticDicom.header(16, 16, 1, "2.25.99");
        ds.put(DicomElement.ofString(0x00100010, VR.PN, NAME));
        ds.put(DicomElement.ofString(0x00100020, VR.LO, ID));
        ds.put(SyntheticDicom.us(0x00280101, bitsStored));
        ds.put(DicomElement.ofBytes(0x7FE00010, VR.OW, new byte[16 * 16 * 2]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeFile(new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_LE, out);
        return out.toByteArray();
    }
}
