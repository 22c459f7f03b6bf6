package dicodec.server.grpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dicodec serve} in a child JVM with a heap limit, as an operator runs it: started with
 * {@code --port 0}, its port read from the line it prints, stopped with SIGTERM. Its output
 * goes to a file (a pipe read while the process exits can fail with "Stream closed").
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("dicodec: serving .* on (.+):(\\d+)");

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the server and waits (up to a minute) until it says where it listens. */
    static ServerProcess start(String maxHeap, Path config, Path log) throws IOException, InterruptedException {
        return start(List.of("-Xmx" + maxHeap), config, log);
    }

    /** With these JVM options (-Xmx..., -Xlog:gc:file=...). */
    static ServerProcess start(List<String> jvmOptions, Path config, Path log) throws IOException,
            InterruptedException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", cp, "dicodec.server.cli.DicodecCli", "serve", "--port", "0", "--config",
                config.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end && p.isAlive()) {
            Matcher m = SERVING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return new ServerProcess(p, log, Integer.parseInt(m.group(2)));
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("dicodec serve did not start:\n" + Files.readString(log));
    }

    /**
     * The most heap the JVM held before any of its collections, in MiB, from a log written with
     * -Xlog:gc:file=LOG ("... 300M->120M(512M) ..."): a close upper bound of its live peak.
     */
    static long heapPeakMib(Path gcLog) throws IOException {
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(Files.readString(gcLog));
        long peak = 0;
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }

    int port() {
        return port;
    }

    /** Everything the server printed so far. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, then waits up to {@code seconds} for the exit; the exit code, or -1 if it hung. */
    int terminate(int seconds) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
