package dicodec.server.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dicodec command line as a whole process, as a user runs it: {@code dicodec transcode --to
 * SYNTAX native.dcm enc.dcm} and {@code dicodec transcode --to explicit-le enc.dcm dec.dcm}, on
 * the Java and class path of this JVM (the same build).
 */
final class CliTool implements BenchTool {
    private final BenchSyntax syntax;

    CliTool(BenchSyntax syntax) {
        this.syntax = syntax;
    }

    @Override
    public String name() {
        return "dicodec (CLI)";
    }

    @Override
    public boolean ours() {
        return true;
    }

    @Override
    public boolean wholeProcess() {
        return true;
    }

    static List<String> launcher() {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dicodec.server.cli.DicodecCli"));
    }

    private static Run run(List<String> cmd, Path dir) throws IOException {
        ProcessRun r = ProcessRun.run(cmd, dir);
        return r.ok() ? new Run(r.nanos(), r.peakKb(), null) : Run.failed(r.message());
    }

    @Override
    public Run encode(BenchImage image, BenchPoint point, Path dir) throws IOException {
        List<String> cmd = launcher();
        cmd.addAll(List.of("transcode", "--to", syntax.shortName()));
        cmd.addAll(syntax.cliOptions(point));
        cmd.addAll(List.of(image.nativeFile().toString(), dir.resolve(DicomOutputs.ENCODED).toString()));
        return run(cmd, dir);
    }

    @Override
    public Run decode(BenchImage image, BenchPoint point, Path dir) throws IOException {
        List<String> cmd = launcher();
        cmd.addAll(List.of("transcode", "--to", "explicit-le", dir.resolve(DicomOutputs.ENCODED).toString(),
                dir.resolve(DicomOutputs.DECODED).toString()));
        return run(cmd, dir);
    }

    @Override
    public long compressedBytes(BenchImage image, Path dir) throws IOException {
        return DicomOutputs.compressedBytes(dir);
    }

    @Override
    public java.util.List<byte[]> decodedFrames(BenchImage image, Path dir, StringBuilder note) throws IOException {
        return DicomOutputs.decodedFrames(image, dir, note);
    }
}
