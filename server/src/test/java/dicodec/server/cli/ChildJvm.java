package dicodec.server.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the CLI in a fresh JVM with a heap limit, the way a user runs ./dicodec. */
final class ChildJvm {
    private ChildJvm() {
    }

    record Result(int exitCode, String output) {
    }

    static Result runCli(String maxHeap, Path workDir, String... args) throws IOException, InterruptedException {
        return runCli(List.of("-Xmx" + maxHeap), workDir, args);
    }

    /** With these JVM options (-Xmx..., -Dname=value). */
    static Result runCli(List<String> jvmOptions, Path workDir, String... args) throws IOException,
            InterruptedException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(cp);
        cmd.add(DicodecCli.class.getName());
        cmd.addAll(List.of(args));
        Path log = File.createTempFile("dicodec-child", ".log").toPath();
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("child JVM did not finish: " + cmd);
        }
        String out = java.nio.file.Files.readString(log);
        java.nio.file.Files.deleteIfExists(log);
        return new Result(p.exitValue(), out);
    }
}
