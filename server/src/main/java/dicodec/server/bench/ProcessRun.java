package dicodec.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command as a whole process and measures it: wall time from start to exit, and the
 * peak resident memory of the process as GNU time reports it ({@code /usr/bin/time -f %M}; 0
 * when that tool is missing).
 *
 * @param ok exit status 0 and not timed out
 * @param nanos wall time
 * @param peakKb maximum resident set size in KiB
 * @param message the end of its error output when it failed
 */
record ProcessRun(boolean ok, long nanos, long peakKb, String message) {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final long TIMEOUT_S = 300;

    static ProcessRun run(List<String> command, Path dir) throws IOException {
        Path mem = Files.createTempFile(dir, "mem", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(GNU_TIME);
        if (timed) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", mem.toString()));
        }
        full.addAll(command);
        try {
            ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            boolean done = p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
            long nanos = System.nanoTime() - t0;
            if (!done) {
                p.destroyForcibly();
                return new ProcessRun(false, nanos, 0, "timed out after " + TIMEOUT_S + " s");
            }
            long kb = 0;
            if (timed) {
                for (String line : Files.readAllLines(mem, StandardCharsets.UTF_8)) {
                    if (line.trim().matches("\\d+")) {
                        kb = Long.parseLong(line.trim());
                    }
                }
            }
            String tail = tail(Files.readString(err, StandardCharsets.UTF_8));
            return new ProcessRun(p.exitValue() == 0, nanos, kb, p.exitValue() == 0 ? "" : "exit " + p.exitValue()
                    + ": " + tail);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while running " + command.get(0));
        } finally {
            Files.deleteIfExists(mem);
            Files.deleteIfExists(err);
        }
    }

    private static String tail(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 200 ? "..." + t.substring(t.length() - 200) : t;
    }

    /** Whether {@code executable} is on PATH. */
    static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, executable))) {
                return true;
            }
        }
        return false;
    }
}
