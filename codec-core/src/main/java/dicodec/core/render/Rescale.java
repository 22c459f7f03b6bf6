package dicodec.core.render;

import dicodec.core.io.Dataset;

/**
 * The linear Modality LUT: modality value = stored value x Rescale Slope (0028,1053) + Rescale
 * Intercept (0028,1052) (PS3.3 C.11.1). A window taken from the data set is in modality units
 * (Hounsfield units for CT), so it is applied after this.
 */
public record Rescale(double slope, double intercept) {
    /** Stored values are the modality values. */
    public static final Rescale IDENTITY = new Rescale(1, 0);

    static final int RESCALE_INTERCEPT = 0x00281052;
    static final int RESCALE_SLOPE = 0x00281053;
    static final int PIXEL_VALUE_TRANSFORMATION_SEQUENCE = 0x00289145;

    /**
     * The rescale for frame {@code frameIndex} (0-based): from the Pixel Value Transformation
     * Sequence (0028,9145) of the frame's Per-Frame Functional Groups item, else of the Shared
     * Functional Groups, else the top-level attributes; {@link #IDENTITY} when there is none
     * (or a slope of 0, which would map every value to one).
     */
    public static Rescale fromDataset(Dataset ds, int frameIndex) {
        for (Dataset scope : FunctionalGroups.scopes(ds, frameIndex, PIXEL_VALUE_TRANSFORMATION_SEQUENCE)) {
            double slope = FunctionalGroups.decimal(scope, RESCALE_SLOPE);
            double intercept = FunctionalGroups.decimal(scope, RESCALE_INTERCEPT);
            if (!Double.isNaN(slope) || !Double.isNaN(intercept)) {
                slope = Double.isNaN(slope) || slope == 0 || !Double.isFinite(slope) ? 1 : slope;
                intercept = Double.isNaN(intercept) || !Double.isFinite(intercept) ? 0 : intercept;
                return new Rescale(slope, intercept);
            }
        }
        return IDENTITY;
    }

    public double apply(double stored) {
        return stored * slope + intercept;
    }
}
