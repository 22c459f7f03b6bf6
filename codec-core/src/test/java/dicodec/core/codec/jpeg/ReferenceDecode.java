package dicodec.core.codec.jpeg;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes a file with a reference tool (DCMTK dcmdjpeg, GDCM gdcmconv --raw) and gives its
 * pixels colour-by-pixel, with the photometric it wrote; null pixels when the tool failed.
 */
record ReferenceDecode(String tool, byte[] pixels, String photometric, String message) {

    static ReferenceDecode dcmtk(Path in, Path tmp) throws IOException {
        Path out = tmp.resolve("dcmdjpeg-" + in.getFileName());
        ExternalTool.Result r = ExternalTool.run("dcmdjpeg", in.toString(), out.toString());
        return read("dcmdjpeg", r, out);
    }

    static ReferenceDecode gdcm(Path in, Path tmp) throws IOException {
        Path out = tmp.resolve("gdcmconv-" + in.getFileName());
        ExternalTool.Result r = ExternalTool.run("gdcmconv", "--raw", in.toString(), out.toString());
        return read("gdcmconv", r, out);
    }

    private static ReferenceDecode read(String tool, ExternalTool.Result r, Path out) throws IOException {
        if (r.exitCode() != 0 || !Files.isRegularFile(out)) {
            return new ReferenceDecode(tool, null, null, (r.stdout() + r.stderr()).trim());
        }
        try (DicomObject o = DicomReader.read(out)) {
            String pi = o.dataset().getString(Tag.PHOTOMETRIC_INTERPRETATION).trim();
            int samples = o.dataset().getInt(Tag.SAMPLES_PER_PIXEL, 1);
            int planar = o.dataset().getInt(Tag.PLANAR_CONFIGURATION, 0);
            int rows = o.dataset().getInt(Tag.ROWS, 0);
            int cols = o.dataset().getInt(Tag.COLUMNS, 0);
            int bytes = o.dataset().getInt(Tag.BITS_ALLOCATED, 8) / 8;
            int frames = Math.max(1, o.dataset().getInt(Tag.NUMBER_OF_FRAMES, 1));
            byte[] px = o.dataset().get(Tag.PIXEL_DATA).bytes();
            if (samples > 1 && planar == 1) {
                px = toPixelOrder(px, rows * cols, samples, bytes, frames);
            }
            return new ReferenceDecode(tool, px, pi, "");
        }
    }

    /** Colour-by-plane to colour-by-pixel, frame by frame. */
    static byte[] toPixelOrder(byte[] px, int pixels, int samples, int bytes, int frames) {
        byte[] out = new byte[px.length];
        int frame = pixels * samples * bytes;
        for (int f = 0; f < frames; f++) {
            for (int s = 0; s < samples; s++) {
                for (int i = 0; i < pixels; i++) {
                    for (int b = 0; b < bytes; b++) {
                        out[f * frame + (i * samples + s) * bytes + b] = px[f * frame + (s * pixels + i) * bytes + b];
                    }
                }
            }
        }
        return out;
    }

    /** Largest difference between samples of two frames of {@code bytes}-byte Little Endian samples. */
    static int maxDifference(byte[] a, byte[] b, int bytes) {
        int n = Math.min(a.length, b.length) / bytes;
        int max = 0;
        for (int i = 0; i < n; i++) {
            int va = bytes == 1 ? a[i] & 0xFF : (a[2 * i] & 0xFF) | (a[2 * i + 1] & 0xFF) << 8;
            int vb = bytes == 1 ? b[i] & 0xFF : (b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8;
            max = Math.max(max, Math.abs(va - vb));
        }
        return max;
    }
}
