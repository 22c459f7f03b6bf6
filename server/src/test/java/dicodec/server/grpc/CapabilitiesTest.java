package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.grpc.v1.BackendStatus;
import dicodec.grpc.v1.Capabilities;
import dicodec.grpc.v1.GetCapabilitiesRequest;
import dicodec.grpc.v1.SyntaxSupport;
import dicodec.grpc.v1.TranscoderGrpc;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GetCapabilities says what the codec registry says, backend by backend and syntax by syntax. */
class CapabilitiesTest {
    @TempDir
    Path tmp;

    /** A syntax the server knows but cannot write (jpegls while it has no codec). */
    static String someUnwritableSyntax(TranscoderGrpc.TranscoderBlockingStub stub) {
        Capabilities c = stub.getCapabilities(GetCapabilitiesRequest.getDefaultInstance());
        return c.getSyntaxesList().stream().filter(s -> !s.getWrite())
                // a lossless one first (Deflated Image Frame), so the lossy policy cannot answer first
                .sorted((a, b) -> a.getShortName().equals("deflated-frame") ? -1
                        : b.getShortName().equals("deflated-frame") ? 1 : 0)
                .map(SyntaxSupport::getShortName).findFirst()
                .orElseGet(() -> {
                    Assumptions.abort("every known syntax is writable: no UNIMPLEMENTED case left to test");
                    return null;
                });
    }

    @Test
    void getCapabilities_listsEverySyntaxAsTheRegistryCanReadAndWriteIt() throws Exception {
        CodecRegistry registry = CodecRegistry.load();
        try (InProcessServer server = InProcessServer.withDefaults(tmp)) {
            Capabilities c = server.blocking().getCapabilities(GetCapabilitiesRequest.getDefaultInstance());
            Map<String, SyntaxSupport> byUid = c.getSyntaxesList().stream()
                    .collect(Collectors.toMap(SyntaxSupport::getUid, Function.identity()));
            assertEquals(TransferSyntaxes.all().size(), byUid.size());
            for (TransferSyntax ts : TransferSyntaxes.all()) {
                SyntaxSupport s = byUid.get(ts.uid());
                assertEquals(ts.shortName(), s.getShortName());
                boolean read = ts.isNative() || has(registry, ts, true);
                boolean write = ts.isNative() || has(registry, ts, false);
                assertEquals(read, s.getRead(), ts + " read");
                assertEquals(write, s.getWrite(), ts + " write");
                assertEquals(read && write, s.getReason().isEmpty(), ts + " has a reason exactly when it lacks one");
            }
            for (String uncompressed : new String[] {"explicit-le", "implicit-le", "big-endian", "deflated"}) {
                SyntaxSupport s = byUid.get(TransferSyntaxes.parse(uncompressed).uid());
                assertTrue(s.getRead() && s.getWrite(), uncompressed);
            }
        }
    }

    @Test
    void getCapabilities_listsTheVideoSyntaxes() throws Exception {
        try (InProcessServer server = InProcessServer.withDefaults(tmp)) {
            Capabilities c = server.blocking().getCapabilities(GetCapabilitiesRequest.getDefaultInstance());
            Map<String, SyntaxSupport> byName = c.getSyntaxesList().stream()
                    .collect(Collectors.toMap(SyntaxSupport::getShortName, Function.identity()));
            // JCodec decodes every MPEG-2 and H.264 syntax on any machine
            for (String uid : new String[] {"1.2.840.10008.1.2.4.100", "1.2.840.10008.1.2.4.101",
                    "1.2.840.10008.1.2.4.102", "1.2.840.10008.1.2.4.103", "1.2.840.10008.1.2.4.104",
                    "1.2.840.10008.1.2.4.105", "1.2.840.10008.1.2.4.106"}) {
                assertTrue(byName.get(TransferSyntaxes.byUid(uid).shortName()).getRead(), uid + " read");
            }
            boolean ffmpeg = CodecRegistry.load().codecs().stream().anyMatch(k -> k.syntax().shortName().equals("h264")
                    && k.encodes() && k.availability().available());
            SyntaxSupport h264 = byName.get("h264");
            assertEquals(ffmpeg, h264.getWrite(), h264.getReason());
            if (ffmpeg) {
                assertTrue(h264.getBackendsList().contains(dicodec.grpc.v1.Backend.BACKEND_NATIVE));
                assertTrue(byName.get("mpeg2").getWrite() && byName.get("mpeg2-hl").getWrite());
            }
        }
    }

    @Test
    void getCapabilities_saysOpenClIsNotAvailableAndWhy() throws Exception {
        CodecRegistry registry = CodecRegistry.load();
        boolean openClCodecAvailable = registry.codecs().stream()
                .anyMatch(c -> c.backend() == Backend.OPENCL && c.availability().available());
        Assumptions.assumeFalse(openClCodecAvailable, "an OpenCL codec is available on this machine");
        try (InProcessServer server = InProcessServer.withDefaults(tmp)) {
            Capabilities c = server.blocking().getCapabilities(GetCapabilitiesRequest.getDefaultInstance());
            assertEquals(Backend.values().length, c.getBackendsCount());
            BackendStatus openCl = c.getBackendsList().stream()
                    .filter(b -> b.getBackend() == dicodec.grpc.v1.Backend.BACKEND_OPENCL).findFirst().orElseThrow();
            assertFalse(openCl.getAvailable());
            assertTrue(openCl.getReason().contains("OpenCL") || openCl.getReason().toLowerCase().contains("device"),
                    openCl.getReason());
            BackendStatus java = c.getBackendsList().stream()
                    .filter(b -> b.getBackend() == dicodec.grpc.v1.Backend.BACKEND_JAVA).findFirst().orElseThrow();
            assertTrue(java.getAvailable(), java.getReason());
        }
    }

    @Test
    void getCapabilities_namesTheOpenClDevice_whenThereIsOne() throws Exception {
        CodecRegistry registry = CodecRegistry.load();
        boolean openClCodecAvailable = registry.codecs().stream()
                .anyMatch(c -> c.backend() == Backend.OPENCL && c.availability().available());
        Assumptions.assumeTrue(openClCodecAvailable, "no OpenCL device on this machine");
        try (InProcessServer server = InProcessServer.withDefaults(tmp)) {
            Capabilities c = server.blocking().getCapabilities(GetCapabilitiesRequest.getDefaultInstance());
            BackendStatus openCl = c.getBackendsList().stream()
                    .filter(b -> b.getBackend() == dicodec.grpc.v1.Backend.BACKEND_OPENCL).findFirst().orElseThrow();
            assertTrue(openCl.getAvailable());
            assertTrue(openCl.getReason().startsWith("OpenCL on "), openCl.getReason());
            assertTrue(openCl.getSyntaxesList().containsAll(java.util.List.of("rle", "jpeg-lossless-sv1")),
                    openCl.getSyntaxesList().toString());
        }
    }

    @Test
    void getCapabilities_reportsTheConfiguredLimitsAndTheVersion() throws Exception {
        ServerConfig cfg = ServerConfig.defaults().withTempDir(tmp);
        try (InProcessServer server = new InProcessServer(cfg)) {
            Capabilities c = server.blocking().getCapabilities(GetCapabilitiesRequest.getDefaultInstance());
            assertEquals(cfg.maxMessageBytes(), c.getLimits().getMaxMessageBytes());
            assertEquals(cfg.maxFrames(), c.getLimits().getMaxFrames());
            assertEquals(cfg.maxFramePixels(), c.getLimits().getMaxFramePixels());
            assertEquals(cfg.maxConcurrentCalls(), c.getLimits().getMaxConcurrentCalls());
            assertEquals(cfg.streamChunkBytes(), c.getLimits().getStreamChunkBytes());
            assertTrue(c.getVersion().matches("\\d+\\.\\d+\\.\\d+.*"), c.getVersion());
        }
    }

    private static boolean has(CodecRegistry registry, TransferSyntax ts, boolean decode) {
        for (Codec c : registry.codecs()) {
            if (c.syntax().uid().equals(ts.uid()) && (decode ? c.decodes() : c.encodes())
                    && c.availability().available()) {
                return true;
            }
        }
        return false;
    }
}
