package dicodec.server.bench;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.Transcoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * dicodec in this JVM: the {@link Transcoder} from the native object in memory to the syntax, and
 * back to Explicit VR Little Endian, all frames, into memory (files are written after the clock
 * stops). Lossy outputs are allowed and not verified, as the peers do not verify either.
 */
final class InProcessTool implements BenchTool {
    private final Transcoder transcoder;
    private final BenchSyntax syntax;
    private byte[] nativeBytes;
    private BenchImage loaded;
    private byte[] encoded;

    InProcessTool(Transcoder transcoder, BenchSyntax syntax) {
        this.transcoder = transcoder;
        this.syntax = syntax;
    }

    @Override
    public String name() {
        return "dicodec (in-process)";
    }

    @Override
    public boolean ours() {
        return true;
    }

    @Override
    public boolean wholeProcess() {
        return false;
    }

    private TranscodeOptions options(BenchPoint p) {
        TranscodeOptions o = TranscodeOptions.to(syntax.syntax()).withEncode(p.ours());
        return syntax.lossy() ? o.withPolicy(LossyPolicy.ALLOW).withVerify(false, 0) : o;
    }

    @Override
    public Run encode(BenchImage image, BenchPoint point, Path dir) throws IOException {
        if (loaded != image) {
            nativeBytes = Files.readAllBytes(image.nativeFile());
            loaded = image;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(nativeBytes.length);
        HeapPeak.reset();
        long t0 = System.nanoTime();
        try (DicomObject in = DicomReader.read(nativeBytes, image.id())) {
            transcoder.transcode(in, options(point), out);
        } catch (RuntimeException e) {
            return Run.failed(e.getMessage());
        }
        long nanos = System.nanoTime() - t0;
        long kb = HeapPeak.peakKb();
        encoded = out.toByteArray();
        Files.write(dir.resolve(DicomOutputs.ENCODED), encoded);
        return new Run(nanos, kb, null);
    }

    @Override
    public Run decode(BenchImage image, BenchPoint point, Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(nativeBytes.length + 4096);
        HeapPeak.reset();
        long t0 = System.nanoTime();
        try (DicomObject in = DicomReader.read(encoded, image.id())) {
            transcoder.transcode(in, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE)
                    .withPolicy(LossyPolicy.ALLOW), out);
        } catch (RuntimeException e) {
            return Run.failed(e.getMessage());
        }
        long nanos = System.nanoTime() - t0;
        long kb = HeapPeak.peakKb();
        Files.write(dir.resolve(DicomOutputs.DECODED), out.toByteArray());
        return new Run(nanos, kb, null);
    }

    @Override
    public long compressedBytes(BenchImage image, Path dir) throws IOException {
        return DicomOutputs.compressedBytes(dir);
    }

    @Override
    public List<byte[]> decodedFrames(BenchImage image, Path dir, StringBuilder note) throws IOException {
        return DicomOutputs.decodedFrames(image, dir, note);
    }
}
