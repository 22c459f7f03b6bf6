package dicodec.server.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What one tool did with one image at one point of one syntax: the times of each repetition,
 * peak memory, the compressed size and the quality of its own decoding.
 */
public final class ToolResult {
    final BenchSyntax syntax;
    final BenchImage image;
    final String tool;
    /** "dicodec (in-process)", "dicodec (CLI)" or the peer's project. */
    final boolean ours;
    final boolean wholeProcess;
    final BenchPoint point;
    final List<Long> encodeNanos = new ArrayList<>();
    final List<Long> decodeNanos = new ArrayList<>();
    long encodePeakKb;
    long decodePeakKb;
    long compressedBytes = -1;
    long maxError = -1;
    double psnr = Double.NaN;
    String note = "";
    String failure;

    ToolResult(BenchSyntax syntax, BenchImage image, String tool, boolean ours, boolean wholeProcess,
            BenchPoint point) {
        this.syntax = syntax;
        this.image = image;
        this.tool = tool;
        this.ours = ours;
        this.wholeProcess = wholeProcess;
        this.point = point;
    }

    boolean failed() {
        return failure != null;
    }

    /** Megapixels a second from one time. */
    double mps(long nanos) {
        return image.pixels() / (nanos / 1e9) / 1e6;
    }

    /** Median, lowest and highest MP/s of the repetitions; null when none. */
    double[] spread(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int n = sorted.size();
        double medianNanos = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return new double[] {image.pixels() / (medianNanos / 1e9) / 1e6, mps(sorted.get(n - 1)), mps(sorted.get(0))};
    }

    double ratio() {
        return compressedBytes > 0 ? (double) image.nativeBytes() / compressedBytes : Double.NaN;
    }

    /** Compressed bits per pixel (a colour pixel counts once). */
    double bitsPerPixel() {
        return compressedBytes > 0 ? 8.0 * compressedBytes / image.pixels() : Double.NaN;
    }
}
