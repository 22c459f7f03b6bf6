package dicodec.bench;

import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole multi-frame transcode through the {@link Transcoder} (spool, frame workers, offset
 * table, writing to a discarding stream): native CT frames to JPEG-LS Lossless (.80) or JPEG
 * 2000 Lossless (.90), with 1 or 2 frame workers. The ratio of the two is the multi-frame
 * scaling issue 5 asks for (two cores at least 1.8 x one).
 *
 * <p>The worker count is the system property dicodec.frame.threads, read once when the
 * transcoder first codes frames; every JMH fork is a new JVM, so setting it in the trial's setup
 * (before any transcode) gives each @Param value its own pool.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 4, time = 4)
public class MultiFrameTranscodeBenchmark {
    /** Frames in the object: enough that starting and ending the run is noise. */
    static final int FRAMES = 128;

    @State(Scope.Benchmark)
    public static class Data {
        @Param({"1", "2"})
        public int workers;

        @Param({"JLS_LOSSLESS", "J2K_LOSSLESS"})
        public String target;

        public Transcoder transcoder;
        public TranscodeOptions options;
        public DicomObject object;
        public long pixels;

        @Setup
        public void load() throws IOException {
            System.setProperty("dicodec.frame.threads", Integer.toString(workers));
            BenchImage ct = BenchImage.load("CT");
            object = multiFrame(ct, FRAMES);
            pixels = ct.pixels() * FRAMES;
            TransferSyntax ts = switch (target) {
                case "JLS_LOSSLESS" -> TransferSyntaxes.JPEG_LS_LOSSLESS;
                case "J2K_LOSSLESS" -> TransferSyntaxes.JPEG_2000_LOSSLESS;
                default -> throw new IllegalArgumentException(target);
            };
            transcoder = new Transcoder(CodecRegistry.load());
            options = TranscodeOptions.to(ts).withVerify(false, 0);
            TranscodeResult r = transcoder.transcode(object, options, OutputStream.nullOutputStream());
            System.err.printf("multi-frame %s: %d frames of %s, %d worker(s), %s%n", target, r.frames(),
                    ct.source(), workers, r.target().name());
        }
    }

    /**
     * {@code frames} frames made of the image, frame k shifted down by k rows (wrapping), so no
     * two frames are the same but all are as hard to code as the real one.
     */
    static DicomObject multiFrame(BenchImage image, int frames) {
        PixelDescription pd = image.description();
        byte[] one = image.frame();
        int row = one.length / pd.rows();
        byte[] all = new byte[one.length * frames];
        for (int k = 0; k < frames; k++) {
            int shift = (k % pd.rows()) * row;
            System.arraycopy(one, one.length - shift, all, k * one.length, shift);
            System.arraycopy(one, 0, all, k * one.length + shift, one.length - shift);
        }
        Dataset ds = new Dataset();
        putUs(ds, Tag.ROWS, pd.rows());
        putUs(ds, Tag.COLUMNS, pd.columns());
        putUs(ds, Tag.SAMPLES_PER_PIXEL, pd.samplesPerPixel());
        putUs(ds, Tag.BITS_ALLOCATED, pd.bitsAllocated());
        putUs(ds, Tag.BITS_STORED, pd.bitsStored());
        putUs(ds, Tag.HIGH_BIT, pd.highBit());
        putUs(ds, Tag.PIXEL_REPRESENTATION, pd.pixelRepresentation());
        ds.put(DicomElement.ofString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, pd.photometric()));
        String n = Integer.toString(frames);
        ds.put(DicomElement.ofString(Tag.NUMBER_OF_FRAMES, VR.IS, n.length() % 2 == 1 ? n + " " : n));
        ds.put(DicomElement.ofString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.2.1")); // Enhanced CT
        ds.put(DicomElement.ofString(Tag.SOP_INSTANCE_UID, VR.UI, "2.25.1234567890"));
        ds.put(DicomElement.ofBytes(Tag.PIXEL_DATA, VR.OW, all));
        return new DicomObject("multi-frame " + image.name(), new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_LE,
                false, List.of());
    }

    private static void putUs(Dataset ds, int tag, int v) {
        ds.put(DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) v, (byte) (v >>> 8)}));
    }

    @Benchmark
    public TranscodeResult transcode(Data data, PixelCounter counter, CpuCounter cpu) throws IOException {
        long c0 = CpuCounter.now();
        TranscodeResult r = data.transcoder.transcode(data.object, data.options, OutputStream.nullOutputStream());
        cpu.since(c0);
        counter.pixels += data.pixels;
        return r;
    }
}
