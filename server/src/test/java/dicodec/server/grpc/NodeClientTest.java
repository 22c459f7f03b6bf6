package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.spi.CodecRegistry;
import dicodec.core.testing.SharedTestdata;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as a non-Java caller sees it: the server listens on 127.0.0.1 (a free port,
 * over Netty), and server/src/test/node/transcoder-client.js, which knows nothing but the
 * .proto file, transcodes a real file unary and streaming, asks for frames as PNG, reads the
 * capabilities, and checks the INVALID_ARGUMENT and UNIMPLEMENTED statuses.
 */
class NodeClientTest {
    private static final List<String> CHECKS = List.of("capabilities", "capabilities-opencl", "capabilities-limits",
            "unary", "stream", "stream-back", "frames-png", "truncated", "unimplemented");

    @TempDir
    Path tmp;

    @Test
    void nodeClient_againstARunningServer_passesEveryCheck() throws Exception {
        Assumptions.assumeTrue(run(tmp, 30, "node", "--version").exitCode == 0,
                "node not found: the Node.js client test is skipped");
        SharedTestdata.assumePresent();
        Path root = Path.of(System.getProperty("dicodec.repo.root", ".."));
        Path clientDir = root.resolve("server/src/test/node");
        installPackages(clientDir);

        ServerConfig config = ServerConfig.defaults().withTempDir(tmp.resolve("spool"));
        config = new ServerConfig("127.0.0.1", 0, config.maxMessageBytes(), config.maxFrames(),
                config.maxFramePixels(), config.maxConcurrentCalls(), 4096, config.tempDir(), Duration.ofSeconds(5));
        TranscoderServer server = new TranscoderServer(TranscoderServer.netty(config), config, CodecRegistry.load())
                .start();
        try {
            SharedTestdata.Entry object = entry("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm");
            SharedTestdata.Entry multi = entry("pydicom-data/emri_small.dcm");
            String plan = "{\n"
                    + "  \"address\": \"127.0.0.1:" + server.port() + "\",\n"
                    + "  \"proto\": " + json(root.resolve("grpc-api/src/main/proto/dicodec/v1/transcoder.proto")) + ",\n"
                    + "  \"protoRoot\": " + json(root.resolve("grpc-api/src/main/proto")) + ",\n"
                    + "  \"object\": {\"path\": " + json(object.path()) + ", \"syntax\": \"" + object.transferSyntax()
                    + "\"},\n"
                    + "  \"multiFrame\": {\"path\": " + json(multi.path()) + ", \"frames\": " + multi.frames()
                    + ", \"rows\": " + multi.rows() + ", \"columns\": " + multi.columns() + "},\n"
                    + "  \"truncated\": " + json(entry("debian-python3-pydicom/MR_truncated.dcm").path()) + "\n"
                    + "}\n";
            Path planFile = tmp.resolve("plan.json");
            Files.writeString(planFile, plan);

            Result r = run(clientDir, 120, "node", "transcoder-client.js", planFile.toString());
            System.out.print(r.output); // what the client checked, in the test log

            assertEquals(0, r.exitCode, r.output);
            for (String check : CHECKS) {
                assertTrue(r.output.contains("\nok " + check + ": ") || r.output.startsWith("ok " + check + ": "),
                        "check '" + check + "' passed:\n" + r.output);
            }
            assertTrue(r.output.contains("node client: " + CHECKS.size() + " passed, 0 failed"), r.output);
            assertTrue(InProcessServer.eventually(() -> server.inFlight() == 0));
            try (var files = Files.list(config.tempDir())) {
                assertEquals(0, files.count(), "the streams' spool files are gone");
            }
        } finally {
            server.stopGracefully(Duration.ofSeconds(5));
        }
    }

    private static SharedTestdata.Entry entry(String file) {
        return SharedTestdata.entries().stream().filter(e -> e.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalStateException(file + " is not in ../shared/testdata/README.md"));
    }

    /**
     * npm ci when node_modules is missing or older than package-lock.json (scripts/test.sh
     * does the same before Maven; this covers a plain mvn run).
     */
    private static void installPackages(Path clientDir) throws IOException, InterruptedException {
        Path installed = clientDir.resolve("node_modules/.package-lock.json");
        Path lock = clientDir.resolve("package-lock.json");
        if (Files.exists(installed)
                && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
            return;
        }
        Result npm = run(clientDir, 300, "npm", "ci", "--no-audit", "--no-fund");
        assertEquals(0, npm.exitCode, "npm ci in " + clientDir + " failed:\n" + npm.output);
    }

    private static String json(Path p) {
        return "\"" + p.toAbsolutePath().normalize().toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path dir, int timeoutSeconds, String... command) throws IOException,
            InterruptedException {
        File log = Files.createTempFile("dicodec-node", ".log").toFile();
        try {
            Process p;
            try {
                p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(log).start();
            } catch (IOException e) {
                return new Result(127, command[0] + ": " + e.getMessage());
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(124, String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n"
                        + Files.readString(log.toPath(), StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log.toPath());
        }
    }
}
