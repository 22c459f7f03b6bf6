package dicodec.gpu.stage;

import dicodec.core.render.Rescale;
import dicodec.core.render.VoiWindow;
import dicodec.core.stage.GreyWindow;
import dicodec.core.stage.JavaGreyWindow;
import dicodec.core.stage.SampleFormat;
import dicodec.gpu.device.OpenClRuntime;

/**
 * {@link GreyWindow} as kernel {@code grey_window} of window.cl, one work item per pixel, in
 * double precision; twin {@link JavaGreyWindow}. A device without double precision, and
 * samples above 16 bits, stay with the twin.
 */
public final class OpenClGreyWindow implements GreyWindow {
    private static final GreyWindow TWIN = new JavaGreyWindow();
    private final OpenClRuntime runtime;

    public OpenClGreyWindow(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void toGrey8(byte[] frame, SampleFormat f, Rescale rescale, VoiWindow window, boolean invert, byte[] out) {
        boolean fits = f.samples() == 1 && f.bytesPerSample() <= 2 && runtime.device() != null
                && runtime.device().info().fp64();
        int n = f.pixels();
        runtime.run("grey window", fits ? n : 0, l -> {
            l.upload(0, frame, (int) f.frameLength());
            l.buffer(1, n);
            l.launch("window", "grey_window").mem(0).mem(1).i(n).i(f.bytesPerSample()).i(f.bitsStored())
                    .i(f.shift()).i(f.signed() ? 1 : 0).d(rescale.slope()).d(rescale.intercept())
                    .d(window.center()).d(window.width()).i(invert ? 1 : 0).run(n);
            l.download(1, out, n);
        }, () -> TWIN.toGrey8(frame, f, rescale, window, invert, out));
    }
}
