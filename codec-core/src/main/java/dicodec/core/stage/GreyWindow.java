package dicodec.core.stage;

import dicodec.core.render.Rescale;
import dicodec.core.render.VoiWindow;

/**
 * The viewer stage: stored grey values through the Modality LUT (Rescale Slope / Intercept)
 * and the linear VOI window to 8-bit display values (PS3.3 C.11.1, C.11.2.1.2.1), inverted for
 * MONOCHROME1. {@link JavaGreyWindow} is the reference, in double arithmetic exactly as
 * {@link Rescale#apply} and {@link VoiWindow#apply} do it; an accelerated one gives the same
 * bytes.
 */
public interface GreyWindow {
    /**
     * @param frame a native frame of one sample per pixel
     * @param out receives {@code format.pixels()} display values
     */
    void toGrey8(byte[] frame, SampleFormat format, Rescale rescale, VoiWindow window, boolean invert, byte[] out);
}
