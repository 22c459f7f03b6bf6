package dicodec.nativecodec.turbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.FileByteSource;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SharedTestdata;
import dicodec.nativecodec.NativeTesting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JPEG Baseline file of ../shared/testdata: the libjpeg-turbo backend (which the registry
 * picks) decodes it to exactly what the Java codec gives, and to what DCMTK's dcmdjpeg gives
 * where the README says DCMTK decodes it.
 */
class TurboJpegSharedDecodeTest {
    @TempDir
    Path tmp;

    static Stream<SharedTestdata.Entry> files() {
        return NativeTesting.sharedFiles(NativeTesting.syntaxIn(TransferSyntaxes.JPEG_BASELINE).and(e -> !e.broken()));
    }

    @Test
    void registry_jpegBaseline_prefersLibjpegTurbo() {
        PixelDescription pd = dicodec.nativecodec.Synthetic.description(8, 8, 1, 8, 8, false, 0);
        assertEquals(Backend.NATIVE, NativeTesting.registry().decoderFor(TransferSyntaxes.JPEG_BASELINE, pd, null)
                .backend());
        assertEquals(Backend.NATIVE, NativeTesting.registry().encoderFor(TransferSyntaxes.JPEG_BASELINE, pd, null)
                .backend());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void decode_sharedBaselineFile_equalsTheJavaCodecAndDcmtk(SharedTestdata.Entry e) throws IOException {
        SharedTestdata.assumePresent();
        NativeTesting.Pixels turbo = NativeTesting.decodeFrames(e.path());
        NativeTesting.Pixels java = decodeWith(e.path(), Backend.JAVA);
        NativeTesting.assertSamePixels(java, turbo, "libjpeg-turbo vs the Java codec");
        assertEquals(java.pd().photometric(), turbo.pd().photometric());
        if (NativeTesting.decoders(e).contains("dcmtk ok")) {
            Path ref = NativeTesting.runTool(tmp.resolve("d.dcm"), "dcmdjpeg", e.path().toString(),
                    tmp.resolve("d.dcm").toString());
            NativeTesting.assertSamePixels(NativeTesting.pixels(ref), turbo, "libjpeg-turbo vs dcmdjpeg");
        }
    }

    @Test
    void route_sharedBaselineFiles_mostGoToLibjpegTurbo() throws IOException {
        SharedTestdata.assumePresent();
        int turbo = 0;
        int all = 0;
        for (SharedTestdata.Entry e : files().toList()) {
            try (FileByteSource src = new FileByteSource(e.path())) {
                DicomObject o = DicomReader.read(src);
                PixelDescription pd = PixelDescription.from(o.dataset());
                byte[] frame = EncapsulatedFrames.of(o.dataset(), o.syntax()).frame(0);
                all++;
                turbo += TurboJpegDecoder.route(frame, pd) == TurboJpegDecoder.Route.TURBO ? 1 : 0;
            }
        }
        assertTrue(turbo * 2 > all, turbo + " of " + all + " frames went to libjpeg-turbo");
    }

    /**
     * A damaged stream must not spoil the thread's TurboJPEG handle: after decoding every
     * damaged form of the shared baseline frames on this thread, the good frames still go to
     * libjpeg-turbo (libjpeg-turbo 2.1 left the handle mid-state; we now drop it on any error).
     */
    @Test
    void damagedStreams_doNotSpoilTheThreadsHandle() throws IOException {
        SharedTestdata.assumePresent();
        List<byte[]> seeds = dicodec.core.fuzz.FuzzSeeds.frames(s -> s.uid().equals(TransferSyntaxes.JPEG_BASELINE.uid()));
        Codec turboCodec = NativeTesting.registry().codecs().stream()
                .filter(c -> c.syntax() == TransferSyntaxes.JPEG_BASELINE && c.backend() == Backend.NATIVE)
                .findFirst().orElseThrow();
        for (byte[] s : dicodec.core.fuzz.FuzzSeeds.withVariants(seeds, dicodec.core.fuzz.FuzzHarness.PREFIX)) {
            dicodec.core.fuzz.FuzzHarness.decode(turboCodec.decoder(), s);
        }
        route_sharedBaselineFiles_mostGoToLibjpegTurbo();
    }

    private static NativeTesting.Pixels decodeWith(Path file, Backend backend) throws IOException {
        try (FileByteSource src = new FileByteSource(file)) {
            DicomObject o = DicomReader.read(src);
            PixelDescription pd = PixelDescription.from(o.dataset());
            Codec c = NativeTesting.registry().decoderFor(o.syntax(), pd, backend);
            assertEquals(backend, c.backend());
            EncapsulatedFrames ef = EncapsulatedFrames.of(o.dataset(), o.syntax());
            List<byte[]> frames = new ArrayList<>();
            String pi = pd.photometric();
            for (int i = 0; i < ef.count(); i++) {
                DecodedFrame f = c.decoder().decode(ef.frame(i), pd);
                frames.add(f.pixels());
                pi = f.photometric();
            }
            return new NativeTesting.Pixels(new PixelDescription(pd.rows(), pd.columns(), pd.samplesPerPixel(), 8, 8, 7,
                    0, pi, 0, pd.frames(), pd.pixelDataTag(), List.of()), frames);
        }
    }
}
