package dicodec.gpu.stage;

import dicodec.core.stage.ComponentTransform;
import dicodec.core.stage.JavaComponentTransform;
import dicodec.gpu.device.DeviceLease;
import dicodec.gpu.device.OpenClRuntime;

/**
 * {@link ComponentTransform} as kernels {@code rct_forward}, {@code rct_inverse},
 * {@code ict_forward} and {@code ict_inverse} of mct.cl, one work item per pixel, the three
 * planes in one buffer; twin {@link JavaComponentTransform} (the ICT to the bit: contraction is
 * off in the kernel and the rounding is defined).
 */
public final class OpenClComponentTransform implements ComponentTransform {
    private static final ComponentTransform TWIN = new JavaComponentTransform();
    private final OpenClRuntime runtime;

    public OpenClComponentTransform(OpenClRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void rctForward(int[] c0, int[] c1, int[] c2, int count) {
        runtime.run("rct_forward", count, l -> rct(l, "rct_forward", c0, c1, c2, count),
                () -> TWIN.rctForward(c0, c1, c2, count));
    }

    @Override
    public void rctInverse(int[] c0, int[] c1, int[] c2, int count) {
        runtime.run("rct_inverse", count, l -> rct(l, "rct_inverse", c0, c1, c2, count),
                () -> TWIN.rctInverse(c0, c1, c2, count));
    }

    private static void rct(DeviceLease l, String kernel, int[] c0, int[] c1, int[] c2, int count) {
        l.buffer(0, 12L * count);
        l.write(0, c0, count, 0);
        l.write(0, c1, count, 4L * count);
        l.write(0, c2, count, 8L * count);
        l.launch("mct", kernel).mem(0).i(count).run(count);
        l.read(0, c0, count, 0);
        l.read(0, c1, count, 4L * count);
        l.read(0, c2, count, 8L * count);
    }

    @Override
    public void ictForward(int[] r, int[] g, int[] b, int count, float[] y, float[] cb, float[] cr) {
        runtime.run("ict_forward", count, l -> {
            l.buffer(0, 12L * count);
            l.write(0, r, count, 0);
            l.write(0, g, count, 4L * count);
            l.write(0, b, count, 8L * count);
            l.buffer(1, 12L * count);
            l.launch("mct", "ict_forward").mem(0).i(count).mem(1).run(count);
            l.read(1, y, count, 0);
            l.read(1, cb, count, 4L * count);
            l.read(1, cr, count, 8L * count);
        }, () -> TWIN.ictForward(r, g, b, count, y, cb, cr));
    }

    @Override
    public void ictInverse(float[] y, float[] cb, float[] cr, int count, int[] r, int[] g, int[] b) {
        runtime.run("ict_inverse", count, l -> {
            l.buffer(0, 12L * count);
            l.write(0, y, count, 0);
            l.write(0, cb, count, 4L * count);
            l.write(0, cr, count, 8L * count);
            l.buffer(1, 12L * count);
            l.launch("mct", "ict_inverse").mem(0).i(count).mem(1).run(count);
            l.read(1, r, count, 0);
            l.read(1, g, count, 4L * count);
            l.read(1, b, count, 8L * count);
        }, () -> TWIN.ictInverse(y, cb, cr, count, r, g, b));
    }
}
