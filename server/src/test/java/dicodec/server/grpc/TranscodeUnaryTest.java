package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.testing.DatasetDiff;
import dicodec.core.testing.SharedTestdata;
import dicodec.grpc.v1.FrameVerification;
import dicodec.grpc.v1.TranscodeOptions;
import dicodec.grpc.v1.TranscodeRequest;
import dicodec.grpc.v1.TranscodeResponse;
import dicodec.grpc.v1.UidPolicy;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transcode (unary) over the in-process transport, with real files. */
class TranscodeUnaryTest {
    @TempDir
    Path tmp;

    private InProcessServer server;

    @BeforeEach
    void start() throws IOException {
        server = InProcessServer.withDefaults(tmp);
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    static ByteString shared(String file) throws IOException {
        SharedTestdata.assumePresent();
        return ByteString.copyFrom(Files.readAllBytes(SharedTestdata.dir().resolve(file)));
    }

    static TranscodeRequest request(ByteString object, String target) {
        return TranscodeRequest.newBuilder()
                .setOptions(TranscodeOptions.newBuilder().setTargetSyntax(target))
                .setObject(object)
                .build();
    }

    @Test
    void transcode_explicitLeToBigEndian_returnsTheSameDatasetInBigEndian() throws IOException {
        ByteString in = shared("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm");
        TranscodeResponse r = server.blocking().transcode(request(in, "big-endian"));

        assertEquals("1.2.840.10008.1.2.1", r.getResult().getSourceSyntax());
        assertEquals("1.2.840.10008.1.2.2", r.getResult().getTargetSyntax());
        assertEquals("NATIVE_TO_NATIVE", r.getResult().getPlan());
        assertEquals(r.getObject().size(), r.getResult().getOutputBytes());
        assertTrue(r.getResult().getChangesList().stream()
                .anyMatch(c -> c.getTag() == 0x00020010 && c.getAfter().equals("1.2.840.10008.1.2.2")),
                r.getResult().getChangesList().toString());
        assertEquals(0, r.getResult().getSopInstanceUidsCount(), "no new UID for a lossless change");
        assertEquals(0, r.getResult().getVerificationCount(), "no figures unless verify is asked");

        DicomObject before = DicomReader.read(in.toByteArray(), "in");
        DicomObject after = DicomReader.read(r.getObject().toByteArray(), "out");
        assertEquals("1.2.840.10008.1.2.2", after.syntax().uid());
        assertEquals(java.util.List.of(), DatasetDiff.diff(before.dataset(), after.dataset()));
        assertTrue(java.util.Arrays.equals(NativeFrames.of(before.dataset()).frame(0),
                NativeFrames.of(after.dataset()).frame(0)), "same pixels");
        assertEquals(0, server.server.inFlight());
    }

    @Test
    void transcode_withVerify_reportsEachFrameExact() throws IOException {
        ByteString in = shared("pydicom-data/emri_small.dcm"); // 10 frames
        TranscodeRequest req = request(in, "1.2.840.10008.1.2.2").toBuilder()
                .setOptions(TranscodeOptions.newBuilder().setTargetSyntax("1.2.840.10008.1.2.2").setVerify(true))
                .build();
        TranscodeResponse r = server.blocking().transcode(req);
        assertEquals(10, r.getResult().getVerificationCount());
        for (int i = 0; i < 10; i++) {
            FrameVerification f = r.getResult().getVerification(i);
            assertEquals(i + 1, f.getFrame());
            assertTrue(f.getExact(), f.toString());
            assertEquals(0.0, f.getMaxError());
        }
    }

    @Test
    void transcode_toJpegLosslessWithVerify_decodesTheOutputAndFindsItExact() throws IOException {
        ByteString in = shared("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm");
        TranscodeRequest req = TranscodeRequest.newBuilder().setObject(in).setOptions(TranscodeOptions.newBuilder()
                .setTargetSyntax("jpeg-lossless-sv1").setVerify(true)).build();
        TranscodeResponse r = server.blocking().transcode(req);
        assertEquals("1.2.840.10008.1.2.4.70", r.getResult().getTargetSyntax());
        assertEquals("ENCODE", r.getResult().getPlan());
        assertEquals(1, r.getResult().getVerificationCount(), r.getResult().toString());
        assertTrue(r.getResult().getVerification(0).getExact());
        assertTrue(r.getObject().size() < in.size(), "compressed");
    }

    @Test
    void transcode_truncatedFile_isInvalidArgumentNamingTheAttributeAndOffset() throws IOException {
        ByteString in = shared("debian-python3-pydicom/MR_truncated.dcm");
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> server.blocking().transcode(request(in, "explicit-le")));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        String msg = e.getStatus().getDescription();
        assertTrue(msg.contains("PixelData (7FE0,0010)") && msg.matches(".*at byte \\d+.*") && msg.contains("truncated"),
                msg);
        assertEquals(0, server.server.inFlight());
    }

    @Test
    void transcode_toASyntaxWithNoCodec_isUnimplemented() throws IOException {
        ByteString in = shared("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm");
        String target = CapabilitiesTest.someUnwritableSyntax(server.blocking());
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> server.blocking().transcode(request(in, target)));
        assertEquals(Status.Code.UNIMPLEMENTED, e.getStatus().getCode(), e.getStatus().toString());
        assertTrue(e.getStatus().getDescription().contains("cannot encode"), e.getStatus().getDescription());
    }

    @Test
    void transcode_missingTargetSyntax_isInvalidArgument() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> server.blocking().transcode(request(ByteString.EMPTY, " ")));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().contains("target_syntax"), e.getStatus().getDescription());
    }

    @Test
    void transcode_renewUids_isUnimplementedRatherThanIgnored() throws IOException {
        ByteString in = shared("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm");
        TranscodeRequest req = TranscodeRequest.newBuilder().setObject(in).setOptions(TranscodeOptions.newBuilder()
                .setTargetSyntax("big-endian").setUidPolicy(UidPolicy.UID_POLICY_RENEW)).build();
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> server.blocking().transcode(req));
        assertEquals(Status.Code.UNIMPLEMENTED, e.getStatus().getCode());
    }

    @Test
    void transcode_moreFramesThanTheLimit_isResourceExhaustedNamingNumberOfFrames() throws Exception {
        ServerConfig d = ServerConfig.defaults();
        ServerConfig fewFrames = new ServerConfig(d.host(), 0, d.maxMessageBytes(), 5, d.maxFramePixels(),
                d.maxConcurrentCalls(), d.streamChunkBytes(), tmp, Duration.ofSeconds(1));
        ByteString in = shared("pydicom-data/emri_small.dcm"); // 10 frames
        try (InProcessServer small = new InProcessServer(fewFrames)) {
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                    () -> small.blocking().transcode(request(in, "big-endian")));
            assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode());
            assertTrue(e.getStatus().getDescription().contains("NumberOfFrames (0028,0008)"),
                    e.getStatus().getDescription());
        }
    }

    @Test
    void transcode_outputLargerThanTheMessageLimit_isResourceExhaustedPointingToTheStream() throws Exception {
        ByteString deflated = server.blocking()
                .transcode(request(shared("pydicom-data/emri_small.dcm"), "deflated")).getObject();
        ServerConfig d = ServerConfig.defaults();
        // The request (deflated) fits; the inflated reply does not.
        int limit = deflated.size() + 1024;
        ServerConfig small = new ServerConfig(d.host(), 0, limit, d.maxFrames(), d.maxFramePixels(),
                d.maxConcurrentCalls(), d.streamChunkBytes(), tmp, Duration.ofSeconds(1));
        try (InProcessServer limited = new InProcessServer(small)) {
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                    () -> limited.blocking().transcode(request(deflated, "explicit-le")));
            assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode());
            assertTrue(e.getStatus().getDescription().contains("max-message-bytes")
                    && e.getStatus().getDescription().contains("TranscodeStream"), e.getStatus().getDescription());
            assertEquals(0, limited.server.inFlight());
        }
    }
}
