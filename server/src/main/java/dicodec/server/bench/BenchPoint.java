package dicodec.server.bench;

import dicodec.core.spi.EncodeOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * One setting of a codec in the harness: lossless, or one point of a rate-distortion sweep.
 *
 * @param label as the report shows it ("lossless", "ratio 10", "NEAR 2", "Q 90")
 * @param value the setting: ratio, NEAR or quality; 0 for lossless
 * @param alt the setting for peers that have no such knob (OpenJPH's -qstep, ffmpeg's -q:v); 0 if none
 * @param ours what dicodec's encoder is asked
 */
public record BenchPoint(String label, double value, double alt, EncodeOptions ours) {
    public static final BenchPoint LOSSLESS = new BenchPoint("lossless", 0, 0, EncodeOptions.DEFAULT);

    static BenchPoint ratio(double r, double qstep) {
        return new BenchPoint("ratio " + fmt(r), r, qstep, new EncodeOptions(0, r, 0));
    }

    static BenchPoint near(int n) {
        return new BenchPoint("NEAR " + n, n, 0, new EncodeOptions(0, 0, n));
    }

    static BenchPoint quality(int q, int ffmpegQscale) {
        return new BenchPoint("Q " + q, q, ffmpegQscale, new EncodeOptions(q, 0, 0));
    }

    boolean lossless() {
        return value == 0;
    }

    /** The dicodec CLI options that ask for this point. */
    List<String> cliOptions() {
        List<String> o = new ArrayList<>();
        if (ours.ratio() > 0) {
            o.addAll(List.of("--ratio", fmt(ours.ratio())));
        }
        if (ours.nearLossless() > 0) {
            o.addAll(List.of("--near", Integer.toString(ours.nearLossless())));
        }
        if (ours.quality() > 0) {
            o.addAll(List.of("--quality", Integer.toString(ours.quality())));
        }
        return o;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
