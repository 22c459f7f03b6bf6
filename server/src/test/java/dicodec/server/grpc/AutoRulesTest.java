package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dicodec.core.testing.SharedTestdata;
import dicodec.grpc.v1.TranscodeOptions;
import dicodec.grpc.v1.TranscodeRequest;
import dicodec.grpc.v1.TranscodeResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** target_syntax "auto": the server's compression rules choose syntax and lossy policy, and say so. */
class AutoRulesTest {
    @TempDir
    Path tmp;

    private static Path exampleRules() {
        return Path.of(System.getProperty("dicodec.repo.root", "..")).resolve("config/rules-example.yaml");
    }

    private static TranscodeRequest auto(String file, String callingAet) throws IOException {
        SharedTestdata.assumePresent();
        return TranscodeRequest.newBuilder()
                .setOptions(TranscodeOptions.newBuilder().setTargetSyntax("auto").setCallingAet(callingAet))
                .setObject(ByteString.copyFrom(Files.readAllBytes(SharedTestdata.dir().resolve(file)))).build();
    }

    @Test
    void auto_exampleRules_usGoesLossyAndIsReported() throws Exception {
        try (InProcessServer server = new InProcessServer(
                ServerConfig.defaults().withTempDir(tmp).withRules(exampleRules()))) {
            TranscodeResponse r = server.blocking().transcode(auto("pydicom-data/US1_UNCR.dcm", ""));
            assertEquals("1.2.840.10008.1.2.4.50", r.getResult().getTargetSyntax());
            assertTrue(r.getResult().getWarningsList().stream().anyMatch(w -> w.startsWith("rule us-lossy")),
                    r.getResult().getWarningsList().toString());
            assertEquals(1, r.getResult().getSopInstanceUidsCount());
        }
    }

    @Test
    void auto_exampleRules_mrFromModality1GoesRleLossless() throws Exception {
        try (InProcessServer server = new InProcessServer(
                ServerConfig.defaults().withTempDir(tmp).withRules(exampleRules()))) {
            TranscodeResponse r = server.blocking().transcode(
                    auto("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm", "MODALITY1"));
            assertEquals("1.2.840.10008.1.2.5", r.getResult().getTargetSyntax());
            assertEquals(0, r.getResult().getSopInstanceUidsCount());
        }
    }

    @Test
    void auto_withoutRules_isFailedPrecondition() throws Exception {
        try (InProcessServer server = InProcessServer.withDefaults(tmp)) {
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                    () -> server.blocking().transcode(auto("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm", "")));
            assertEquals(Status.Code.FAILED_PRECONDITION, e.getStatus().getCode());
            assertTrue(e.getStatus().getDescription().contains("rules"), e.getStatus().getDescription());
        }
    }
}
