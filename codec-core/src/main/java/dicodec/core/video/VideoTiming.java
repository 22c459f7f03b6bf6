package dicodec.core.video;

import dicodec.core.io.Dataset;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * The frame rate of a multi-frame object, as a fraction, from the Cine module (PS3.3 C.7.6.5):
 * Frame Time (0018,1063), else Cine Rate (0018,0040), else Recommended Display Frame Rate
 * (0008,2144), else the mean of Frame Time Vector (0018,1065); with none of them, 30 frames/s
 * (reported).
 */
public final class VideoTiming {
    public static final int FRAME_TIME = 0x00181063;
    public static final int CINE_RATE = 0x00180040;
    public static final int FRAME_TIME_VECTOR = 0x00181065;
    public static final int RECOMMENDED_DISPLAY_FRAME_RATE = 0x00082144;
    public static final int FRAME_INCREMENT_POINTER = 0x00280009;
    static final int DEFAULT_FPS = 30;

    private VideoTiming() {
    }

    /** {numerator, denominator} frames per second; {@code notes} gets what was assumed. */
    public static int[] rateOf(Dataset ds, List<String> notes) {
        Double frameTime = positive(ds.getString(FRAME_TIME));
        if (frameTime != null) {
            // milliseconds per frame -> frames per second = 1 000 000 / microseconds
            return reduce(1_000_000, Math.max(1, Math.round(frameTime * 1000)));
        }
        Double cine = positive(ds.getString(CINE_RATE));
        if (cine == null) {
            cine = positive(ds.getString(RECOMMENDED_DISPLAY_FRAME_RATE));
        }
        if (cine != null) {
            return reduce(Math.round(cine * 1000), 1000);
        }
        List<String> vector = ds.getStrings(FRAME_TIME_VECTOR);
        if (vector != null && vector.size() > 1) {
            double sum = 0;
            for (String s : vector.subList(1, vector.size())) {
                Double v = positive(s);
                sum += v == null ? 0 : v;
            }
            if (sum > 0) {
                double mean = sum / (vector.size() - 1);
                notes.add(String.format(Locale.ROOT, "Frame Time Vector (0018,1065) varies; the video is coded at"
                        + " its mean, %.3f ms a frame", mean));
                return reduce(1_000_000, Math.max(1, Math.round(mean * 1000)));
            }
        }
        notes.add("no Frame Time (0018,1063), Cine Rate (0018,0040) or Recommended Display Frame Rate (0008,2144):"
                + " the video is coded at " + DEFAULT_FPS + " frames/s");
        return new int[] {DEFAULT_FPS, 1};
    }

    /** Frame Time in milliseconds as a DS of at most 16 characters. */
    public static String frameTimeDs(int[] rate) {
        BigDecimal ms = BigDecimal.valueOf(1000L * rate[1]).divide(BigDecimal.valueOf(rate[0]), new MathContext(12));
        String s = ms.stripTrailingZeros().toPlainString();
        return s.length() > 16 ? s.substring(0, 16) : s;
    }

    private static Double positive(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(s.trim());
            return v > 0 && Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int[] reduce(long num, long den) {
        long g = gcd(num, den);
        num /= g;
        den /= g;
        while (num > Integer.MAX_VALUE || den > Integer.MAX_VALUE) {
            num /= 2;
            den /= 2;
        }
        return new int[] {(int) num, (int) Math.max(1, den)};
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
