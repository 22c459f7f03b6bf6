package dicodec.gpu.stage;

import dicodec.core.video.JavaVideoColourConverter;
import dicodec.core.video.VideoColourConverter;
import dicodec.gpu.device.OpenClRuntime;

/**
 * {@link VideoColourConverter} as kernels {@code rgb_to_picture} (one work item per chroma
 * sample) and {@code picture_to_rgb} (one per pixel) of video.cl; twin
 * {@link JavaVideoColourConverter}.
 */
public final class OpenClVideoColour implements VideoColourConverter {
    private static final VideoColourConverter TWIN = new JavaVideoColourConverter();
    private final OpenClRuntime runtime;

    public OpenClVideoColour(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void rgbToPicture(byte[] frame, int width, int height, boolean planar, byte[] y, byte[] cb, byte[] cr) {
        int pixels = width * height;
        int chroma = ((width + 1) / 2) * ((height + 1) / 2);
        runtime.run("rgb_to_picture", pixels, l -> {
            l.upload(0, frame, 3 * pixels);
            l.buffer(1, pixels);
            l.buffer(2, chroma);
            l.buffer(3, chroma);
            l.launch("video", "rgb_to_picture").mem(0).i(width).i(height).i(planar ? 1 : 0).mem(1).mem(2).mem(3)
                    .run(chroma);
            l.download(1, y, pixels);
            l.download(2, cb, chroma);
            l.download(3, cr, chroma);
        }, () -> TWIN.rgbToPicture(frame, width, height, planar, y, cb, cr));
    }

    @Override
    public void pictureToRgb(byte[] y, byte[] cb, byte[] cr, int width, int height, boolean fullRange, byte[] out) {
        int pixels = width * height;
        int chroma = ((width + 1) / 2) * ((height + 1) / 2);
        runtime.run("picture_to_rgb", pixels, l -> {
            l.buffer(0, pixels + 2L * chroma);
            l.write(0, y, pixels, 0);
            l.write(0, cb, chroma, pixels);
            l.write(0, cr, chroma, (long) pixels + chroma);
            l.buffer(1, 3L * pixels);
            l.launch("video", "picture_to_rgb").mem(0).i(width).i(height).i(fullRange ? 1 : 0).mem(1).run(pixels);
            l.download(1, out, 3 * pixels);
        }, () -> TWIN.pictureToRgb(y, cb, cr, width, height, fullRange, out));
    }
}
