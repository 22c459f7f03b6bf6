package dicodec.gpu.stage;

import dicodec.core.codec.jpeg.dct.ColourConverter;
import dicodec.core.codec.jpeg.dct.JavaColourConverter;
import dicodec.gpu.device.OpenClRuntime;

/**
 * {@link ColourConverter} as kernels {@code rgb_to_ycc} and {@code ycc_to_rgb} of colour.cl, one
 * work item per pixel, the three planes in one buffer; twin {@link JavaColourConverter}.
 */
public final class OpenClColourConverter implements ColourConverter {
    private static final ColourConverter TWIN = new JavaColourConverter();
    private final OpenClRuntime runtime;

    public OpenClColourConverter(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void yccToRgb(short[] y, short[] cb, short[] cr, int stride, int width, int height, int precision,
            byte[] out, int bytesPerSample) {
        int pixels = width * height;
        runtime.run("ycc_to_rgb", pixels, l -> {
            int plane = Math.max(y.length, Math.max(cb.length, cr.length));
            l.buffer(0, 6L * plane);
            l.write(0, y, y.length, 0);
            l.write(0, cb, cb.length, 2L * plane);
            l.write(0, cr, cr.length, 4L * plane);
            int bytes = pixels * 3 * bytesPerSample;
            l.buffer(1, bytes);
            l.launch("colour", "ycc_to_rgb").mem(0).i(plane).i(stride).i(width).i(height).i(precision).mem(1)
                    .i(bytesPerSample).run(pixels);
            l.download(1, out, bytes);
        }, () -> TWIN.yccToRgb(y, cb, cr, stride, width, height, precision, out, bytesPerSample));
    }

    @Override
    public void rgbToYcc(short[] r, short[] g, short[] b, int count, int precision) {
        runtime.run("rgb_to_ycc", count, l -> {
            l.buffer(0, 6L * count);
            l.write(0, r, count, 0);
            l.write(0, g, count, 2L * count);
            l.write(0, b, count, 4L * count);
            l.launch("colour", "rgb_to_ycc").mem(0).i(count).i(precision).run(count);
            l.read(0, r, count, 0);
            l.read(0, g, count, 2L * count);
            l.read(0, b, count, 4L * count);
        }, () -> TWIN.rgbToYcc(r, g, b, count, precision));
    }
}
