package dicodec.core.render;

import dicodec.core.io.Dataset;
import dicodec.core.pixel.PixelDescription;
import java.util.Locale;

/**
 * What the data set says about showing one frame, beyond its pixels: the Modality LUT rescale
 * and, for PALETTE COLOR, the palette.
 *
 * @param rescale the stored-to-modality mapping; a window is applied after it
 * @param paletteOrNull the palette of a PALETTE COLOR image, else null
 */
public record DisplayAttributes(Rescale rescale, PaletteLut paletteOrNull) {
    /** Stored values as they are, no palette: what {@link PngRenderer#render(dicodec.core.spi.DecodedFrame,
     * PixelDescription, VoiWindow)} uses. */
    public static final DisplayAttributes NONE = new DisplayAttributes(Rescale.IDENTITY, null);

    /**
     * The rescale of frame {@code frameIndex} (0-based) and, when {@code pd} is PALETTE COLOR,
     * the palette.
     *
     * @throws dicodec.core.error.DicodecException as {@link PaletteLut#fromDataset} does
     */
    public static DisplayAttributes fromDataset(Dataset ds, PixelDescription pd, int frameIndex) {
        PaletteLut palette = null;
        if (pd.photometric().toUpperCase(Locale.ROOT).equals("PALETTE COLOR")) {
            palette = PaletteLut.fromDataset(ds, pd.isSigned());
        }
        return new DisplayAttributes(Rescale.fromDataset(ds, frameIndex), palette);
    }
}
