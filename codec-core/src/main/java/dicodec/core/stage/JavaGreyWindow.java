package dicodec.core.stage;

import dicodec.core.render.Rescale;
import dicodec.core.render.VoiWindow;

/** The reference {@link GreyWindow}: {@link Rescale#apply} then {@link VoiWindow#apply}, pixel by pixel. */
public final class JavaGreyWindow implements GreyWindow {
    @Override
    public void toGrey8(byte[] frame, SampleFormat f, Rescale rescale, VoiWindow window, boolean invert, byte[] out) {
        int n = f.pixels();
        for (int p = 0; p < n; p++) {
            int y = window.apply(rescale.apply(f.value(frame, p)), 0, 255);
            out[p] = (byte) (invert ? 255 - y : y);
        }
    }
}
