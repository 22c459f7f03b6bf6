package dicodec.core.codec.video;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.VideoPicture;
import dicodec.core.spi.VideoPictureReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Test helper: every picture of a video object, as ffmpeg's raw yuv420p (planes back to back). */
public final class VideoPictures {
    private VideoPictures() {
    }

    /** The object's stream (all fragments). */
    public static byte[] stream(Path file) throws IOException {
        DicomObject obj = DicomReader.read(file);
        return EncapsulatedFrames.of(obj.dataset(), obj.syntax()).frame(0);
    }

    /** Decodes {@code file} with the codec of {@code backend} and returns yuv420p raw bytes. */
    public static byte[] yuv420p(Path file, CodecRegistry registry, Backend backend) throws IOException {
        DicomObject obj = DicomReader.read(file);
        PixelDescription pd = PixelDescription.from(obj.dataset());
        Codec codec = registry.videoDecoderFor(obj.syntax(), pd, backend);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (VideoPictureReader r = codec.videoDecoder().open(stream(file), pd)) {
            VideoPicture p;
            while ((p = r.next()) != null) {
                out.write(p.y());
                out.write(p.cb());
                out.write(p.cr());
            }
        }
        return out.toByteArray();
    }

    /** The first index where a and b differ, or -1. */
    public static long firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }

    /** The largest absolute difference of two equally long byte arrays. */
    public static int maxDifference(byte[] a, byte[] b) {
        int max = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            max = Math.max(max, Math.abs((a[i] & 0xFF) - (b[i] & 0xFF)));
        }
        return max;
    }

    /** PSNR in dB of b against a (8-bit samples); infinite when equal. */
    public static double psnr(byte[] a, byte[] b) {
        double se = 0;
        for (int i = 0; i < a.length; i++) {
            int d = (a[i] & 0xFF) - (b[i] & 0xFF);
            se += d * d;
        }
        return se == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 * a.length / se);
    }
}
