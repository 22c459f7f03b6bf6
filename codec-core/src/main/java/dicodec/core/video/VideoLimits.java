package dicodec.core.video;

import dicodec.core.error.DicodecException;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import java.util.List;
import java.util.Locale;

/**
 * What the profile and level each video syntax names allow (PS3.5 8.2.5 to 8.2.7, dicom-rules
 * V3), checked before anything is encoded so a refusal names the limit:
 * <ul>
 * <li>.100 MPEG-2 Main Profile @ Main Level (ISO 13818-2 Table 8-10): up to 720 x 576, 30
 *     frames/s, 10 368 000 luma samples/s, 15 Mbit/s;</li>
 * <li>.101 MPEG-2 Main Profile @ High Level: up to 1920 x 1152, 60 frames/s, 62 668 800 luma
 *     samples/s, 80 Mbit/s;</li>
 * <li>.102 H.264 High Profile @ Level 4.1 (ISO 14496-10 Table A-1): up to 8192 macroblocks a
 *     frame, 245 760 macroblocks/s, each side at most sqrt(8 x 8192) = 256 macroblocks, 62.5
 *     Mbit/s (High: 1.25 x 50 000 kbit/s).</li>
 * </ul>
 * Both families here code 4:2:0, so Rows and Columns must be even. MPEG-2 codes the frame
 * rate as one of the frame_rate_code values (Table 6-4), so other rates are refused.
 */
public final class VideoLimits {

    /** One profile / level. */
    public record Level(String name, int maxWidth, int maxHeight, double maxFps, long maxSamplesPerSecond,
            int maxMacroblocks, long maxMacroblocksPerSecond, int maxBitRateKbps, List<double[]> rates) {
    }

    private static final List<double[]> MPEG2_ML_RATES = List.of(new double[] {24000, 1001}, new double[] {24, 1},
            new double[] {25, 1}, new double[] {30000, 1001}, new double[] {30, 1});
    private static final List<double[]> MPEG2_HL_RATES = List.of(new double[] {24000, 1001}, new double[] {24, 1},
            new double[] {25, 1}, new double[] {30000, 1001}, new double[] {30, 1}, new double[] {50, 1},
            new double[] {60000, 1001}, new double[] {60, 1});

    public static final Level MPEG2_MAIN_LEVEL = new Level("MPEG-2 Main Profile @ Main Level", 720, 576, 30,
            10_368_000L, 0, 0, 15_000, MPEG2_ML_RATES);
    public static final Level MPEG2_HIGH_LEVEL = new Level("MPEG-2 Main Profile @ High Level", 1920, 1152, 60,
            62_668_800L, 0, 0, 80_000, MPEG2_HL_RATES);
    public static final Level H264_HIGH_41 = new Level("H.264 High Profile @ Level 4.1", 4096, 4096, 0, 0, 8192,
            245_760L, 62_500, null);

    private VideoLimits() {
    }

    /** The level an encoder must meet for {@code ts}, or null when we write no video in it. */
    public static Level levelOf(TransferSyntax ts) {
        if (ts.uid().equals(TransferSyntaxes.MPEG2_MPML.uid())) {
            return MPEG2_MAIN_LEVEL;
        }
        if (ts.uid().equals(TransferSyntaxes.MPEG2_MPHL.uid())) {
            return MPEG2_HIGH_LEVEL;
        }
        if (ts.uid().equals(TransferSyntaxes.H264_HP41.uid())) {
            return H264_HIGH_41;
        }
        return null;
    }

    /**
     * The frame rate the stream will carry: {@code fps} itself, or for MPEG-2 the frame_rate_code
     * within 0.5 % of it, as {numerator, denominator}.
     *
     * @throws DicodecException UNSUPPORTED naming the limit when the size or rate is outside
     *     the level
     */
    public static int[] check(Level level, int width, int height, int[] rate) {
        double fps = (double) rate[0] / rate[1];
        String size = width + " x " + height + " (Columns x Rows)";
        if (width % 2 != 0 || height % 2 != 0) {
            throw refuse(level, size + ": 4:2:0 video needs an even number of Rows and Columns");
        }
        if (width > level.maxWidth() || height > level.maxHeight()) {
            throw refuse(level, size + " is larger than the level's " + level.maxWidth() + " x " + level.maxHeight());
        }
        if (level.maxMacroblocks() > 0) {
            long mbs = (long) ((width + 15) / 16) * ((height + 15) / 16);
            if (mbs > level.maxMacroblocks()) {
                throw refuse(level, size + " is " + mbs + " macroblocks a frame, above the level's "
                        + level.maxMacroblocks());
            }
            if (mbs * fps > level.maxMacroblocksPerSecond()) {
                throw refuse(level, String.format(Locale.ROOT, "%s at %.3f frames/s is %.0f macroblocks/s, above the"
                        + " level's %d (at this size at most %.2f frames/s)", size, fps, mbs * fps,
                        level.maxMacroblocksPerSecond(), (double) level.maxMacroblocksPerSecond() / mbs));
            }
            return rate;
        }
        int[] coded = null;
        for (double[] r : level.rates()) {
            if (Math.abs(r[0] / r[1] - fps) <= 0.005 * fps) {
                coded = new int[] {(int) r[0], (int) r[1]};
            }
        }
        if (coded == null) {
            StringBuilder allowed = new StringBuilder();
            for (double[] r : level.rates()) {
                allowed.append(allowed.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%.3f", r[0] / r[1]).replaceAll("\\.?0+$", ""));
            }
            throw refuse(level, String.format(Locale.ROOT, "%.3f frames/s (from Frame Time / Cine Rate) is not an"
                    + " MPEG-2 frame rate: the level allows %s", fps, allowed));
        }
        double codedFps = (double) coded[0] / coded[1];
        if ((long) width * height * codedFps > level.maxSamplesPerSecond() + 1) {
            throw refuse(level, String.format(Locale.ROOT, "%s at %.3f frames/s is %.0f luma samples/s, above the"
                    + " level's %d", size, codedFps, width * height * codedFps, level.maxSamplesPerSecond()));
        }
        return coded;
    }

    private static DicodecException refuse(Level level, String why) {
        return DicodecException.unsupported("cannot encode " + level.name() + ": " + why);
    }
}
