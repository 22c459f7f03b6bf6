package dicodec.gpu.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dicodec.core.codec.jpeg.JpegExtendedCodec;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.policy.PolicySettings;
import dicodec.core.policy.UidGenerator;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.Transcoder;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.device.BatchScheduler;
import dicodec.gpu.device.OpenClRuntime;
import dicodec.gpu.device.OpenClSettings;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Several whole transcodes at once (as several gRPC calls would run them) on one device: the
 * batch scheduler puts their frames into shared launches, and each transcode still writes what
 * the Java codec writes alone. Four encodes of a real 16-bit MR frame to .51 (precision 12), then
 * four decodes of the result; the bound is set to exactly four frames, so a batch is launched as
 * soon as the four have joined. The encodes skip the decode-and-compare of lossy output here
 * (it would put inverse DCTs into the same scheduler, which the decodes test on their own).
 */
class ConcurrentTranscodeBatchingTest {
    private static final String FILE = "pydicom-data/MR2_UNCR.dcm";
    private static final String ROOT = "1.2.826.0.1.3680043.10.1144";
    private static final int CALLS = 4;

    @Test
    void concurrentTranscodes_shareLaunches_andWriteTheJavaCodecsBytes() throws Exception {
        OpenClRuntime shared = OpenClTesting.runtime();
        DicomObject in = OpenClTesting.object(FILE);
        PixelDescription pd = NativeFrames.of(in.dataset()).description();
        long blocks = (long) ((pd.columns() + 7) / 8) * ((pd.rows() + 7) / 8);
        OpenClRuntime encodeRt = OpenClRuntime.open(
                new OpenClSettings(shared.settings().mode(), 0, CALLS * 384 * blocks, 10_000_000));
        OpenClRuntime decodeRt = OpenClRuntime.open(
                new OpenClSettings(shared.settings().mode(), 0, CALLS * (256 * blocks + 256), 10_000_000));

        byte[] javaEncoded = transcode(List.of(new JpegExtendedCodec()), in, TransferSyntaxes.JPEG_EXTENDED);
        List<byte[]> encoded = concurrently(() -> transcode(
                List.of(new OpenClJpegExtendedCodec(encodeRt), new JpegExtendedCodec()), in,
                TransferSyntaxes.JPEG_EXTENDED));
        for (byte[] e : encoded) {
            assertSameButUid(javaEncoded, e, "encode to .51 alongside others");
        }

        DicomObject jpeg = DicomReader.read(javaEncoded, "jpeg");
        byte[] javaDecoded = transcode(List.of(new JpegExtendedCodec()), jpeg, TransferSyntaxes.EXPLICIT_VR_LE);
        List<byte[]> decoded = concurrently(() -> transcode(
                List.of(new OpenClJpegExtendedCodec(decodeRt), new JpegExtendedCodec()), jpeg,
                TransferSyntaxes.EXPLICIT_VR_LE));
        for (byte[] d : decoded) {
            assertArrayEquals(javaDecoded, d, "decode of .51 alongside others");
        }

        if (shared.device() == null) {
            return; // the CPU path: the same bytes, no scheduler
        }
        for (OpenClRuntime rt : List.of(encodeRt, decodeRt)) {
            assertNull(rt.failure());
            BatchScheduler.Stats st = rt.batches().stats();
            assertEquals(CALLS, st.jobs(), "one DCT per transcode: " + st);
            assertEquals(1, st.groups(), CALLS + " transcodes, one launch: " + st);
        }
    }

    private interface Call {
        byte[] run() throws Exception;
    }

    private static List<byte[]> concurrently(Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLS);
        CyclicBarrier together = new CyclicBarrier(CALLS);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int t = 0; t < CALLS; t++) {
                futures.add(pool.submit(() -> {
                    together.await();
                    return call.run();
                }));
            }
            List<byte[]> out = new ArrayList<>();
            for (Future<byte[]> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] transcode(List<Codec> codecs, DicomObject in, TransferSyntax target) throws Exception {
        Transcoder t = new Transcoder(new CodecRegistry(codecs), new PolicySettings(new UidGenerator(ROOT), false, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transcode(in, TranscodeOptions.to(target).withPolicy(LossyPolicy.ALLOW).withVerify(false, 0), out);
        return out.toByteArray();
    }

    /** Lossy output has a new random SOP Instance UID: the only bytes allowed to differ. */
    private static void assertSameButUid(byte[] expected, byte[] actual, String what) throws Exception {
        String a = DicomReader.read(expected, "a").dataset().getString(Tag.SOP_INSTANCE_UID);
        String b = DicomReader.read(actual, "b").dataset().getString(Tag.SOP_INSTANCE_UID);
        assertEquals(a.length(), b.length());
        String as = new String(expected, java.nio.charset.StandardCharsets.ISO_8859_1).replace(a, "UID");
        String bs = new String(actual, java.nio.charset.StandardCharsets.ISO_8859_1).replace(b, "UID");
        assertEquals(as, bs, what);
    }
}
