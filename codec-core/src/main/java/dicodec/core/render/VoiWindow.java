package dicodec.core.render;

import dicodec.core.error.DicodecException;
import dicodec.core.io.Dataset;

/**
 * A linear VOI window (PS3.3 C.11.2.1.2): Window Center (0028,1050) and Window Width
 * (0028,1051), in the units of the values it is applied to (modality values, after Rescale
 * Slope / Intercept, when the window comes from the data set).
 *
 * @param center Window Center
 * @param width Window Width, at least 1 (PS3.3 C.11.2.1.2.1)
 */
public record VoiWindow(double center, double width) {
    static final int WINDOW_CENTER = 0x00281050;
    static final int WINDOW_WIDTH = 0x00281051;
    static final int FRAME_VOI_LUT_SEQUENCE = 0x00289132;

    /**
     * @throws DicodecException BAD_INPUT when the width is below 1 or a value is not finite
     */
    public VoiWindow {
        if (!Double.isFinite(center) || !Double.isFinite(width)) {
            throw DicodecException.badInput("window " + center + "," + width + ": center and width must be numbers");
        }
        if (width < 1) {
            throw DicodecException.badAttribute(WINDOW_WIDTH, width + " < 1: a linear window is at least 1 wide"
                    + " (PS3.3 C.11.2.1.2.1)");
        }
    }

    /**
     * "C,W" as a person types it on the command line ("40,400").
     *
     * @throws DicodecException BAD_INPUT when it is not two numbers or the width is below 1
     */
    public static VoiWindow parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",", -1);
        if (parts.length != 2) {
            throw DicodecException.badInput("window '" + text + "': give CENTER,WIDTH, for example 40,400");
        }
        try {
            return new VoiWindow(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw DicodecException.badInput("window '" + text + "': give CENTER,WIDTH as two numbers, for example"
                    + " 40,400");
        }
    }

    /**
     * The first window the data set gives for frame {@code frameIndex} (0-based): from the Frame
     * VOI LUT Sequence (0028,9132) of the frame's Per-Frame Functional Groups item, else of the
     * Shared Functional Groups, else Window Center / Width at the top level. Null when there is
     * none, or when the one found is unusable (a width below 1): rendering then shows the stored
     * values rather than failing on a display hint.
     */
    public static VoiWindow fromDataset(Dataset ds, int frameIndex) {
        for (Dataset scope : FunctionalGroups.scopes(ds, frameIndex, FRAME_VOI_LUT_SEQUENCE)) {
            double c = FunctionalGroups.decimal(scope, WINDOW_CENTER);
            double w = FunctionalGroups.decimal(scope, WINDOW_WIDTH);
            if (!Double.isNaN(c) && !Double.isNaN(w)) {
                return w >= 1 && Double.isFinite(c) && Double.isFinite(w) ? new VoiWindow(c, w) : null;
            }
        }
        return null;
    }

    /**
     * The linear VOI function of PS3.3 C.11.2.1.2.1, mapping {@code x} into
     * {@code yMin..yMax}, rounded to the nearest output value:
     * <pre>
     * if      (x &lt;= c - 0.5 - (w-1)/2) y = ymin
     * else if (x &gt;  c - 0.5 + (w-1)/2) y = ymax
     * else    y = ((x - (c - 0.5)) / (w-1) + 0.5) * (ymax - ymin) + ymin
     * </pre>
     * (with a width of 1 the middle case is empty, so there is no division by 0).
     */
    public int apply(double x, int yMin, int yMax) {
        double half = (width - 1) / 2;
        double c = center - 0.5;
        if (x <= c - half) {
            return yMin;
        }
        if (x > c + half) {
            return yMax;
        }
        double y = ((x - c) / (width - 1) + 0.5) * (yMax - yMin) + yMin;
        long r = Math.round(y);
        return (int) Math.max(yMin, Math.min(yMax, r));
    }
}
