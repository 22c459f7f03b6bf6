package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.FrameComponent;
import dicodec.core.codec.jpeg.FrameHeader;
import dicodec.core.codec.jpeg.JpegErrors;
import dicodec.core.codec.jpeg.JpegReader;
import dicodec.core.codec.jpeg.SamplePacker;
import dicodec.core.codec.jpeg.ScanHeader;

/**
 * Decodes a DCT frame (baseline, extended, spectral selection, progressive) in stages:
 * entropy decoding of every scan into coefficient planes, then per component the inverse DCT
 * (with dequantisation), then upsampling to the full grid, then optionally YCbCr to RGB.
 */
public final class DctDecoder {
    private final DctStages stages;

    public DctDecoder(DctStages stages) {
        this.stages = stages;
    }

    /**
     * @param reader positioned after the first scan header {@code first}
     * @param yccToRgb convert 3-component frames from YCbCr to RGB
     * @param bytesPerSample 1 or 2: the native frame's sample size
     */
    public DctImage decode(JpegReader reader, ScanHeader first, boolean yccToRgb, int bytesPerSample) {
        FrameHeader f = reader.frame();
        FrameComponent[] comps = f.components();
        CoefficientPlanes coef = new CoefficientPlanes(f);
        int[][] quant = new int[comps.length][];
        for (ScanHeader scan = first; scan != null; scan = reader.nextScan()) {
            for (FrameComponent c : scan.components()) {
                // IJG latches a component's quantisation table when its first scan starts.
                if (quant[c.index()] == null) {
                    quant[c.index()] = reader.quantTable(c.tq(), scan.offset()).clone();
                }
            }
            stages.entropyDecoder().decodeScan(reader, scan, coef);
        }
        for (FrameComponent c : comps) {
            if (quant[c.index()] == null) {
                throw JpegErrors.bad(reader.position(), "component %d of the frame is in no scan", c.id());
            }
        }
        int width = f.samplesPerLine();
        int height = f.lines();
        int hmax = f.maxH();
        int vmax = f.maxV();
        short[][] out = new short[comps.length][];
        // Components on the full grid keep the MCU-padded width as their stride; the others are
        // upsampled into planes of that stride.
        int stride = (comps.length == 1 ? comps[0].paddedBlocksWide() : f.mcusPerLine() * hmax) * 8;
        for (FrameComponent c : comps) {
            int h = comps.length == 1 ? 1 : c.h();
            int v = comps.length == 1 ? 1 : c.v();
            if (hmax % h != 0 || vmax % v != 0) {
                throw JpegErrors.bad(f.offset(), "sampling factors %dx%d of component %d against the maxima %dx%d"
                        + " are not whole ratios, which no DICOM photometric interpretation describes (IJG refuses"
                        + " them too)", h, v, c.id(), hmax, vmax);
            }
            int bw = c.paddedBlocksWide();
            int bh = c.paddedBlocksHigh();
            short[] samples = new short[bw * 8 * bh * 8];
            stages.inverseDct().inverse(coef.component(c.index()), bw, bh, quant[c.index()], f.precision(), samples);
            if (h == hmax && v == vmax) {
                out[c.index()] = samples;
            } else {
                short[] full = new short[stride * height];
                stages.upsampler().upsample(samples, bw * 8, c.width(), c.height(), hmax / h, vmax / v, full, stride,
                        width, height);
                out[c.index()] = full;
            }
        }
        boolean rgb = yccToRgb && comps.length == 3;
        byte[] pixels;
        if (rgb) {
            pixels = new byte[width * height * 3 * bytesPerSample];
            stages.colour().yccToRgb(out[0], out[1], out[2], stride, width, height, f.precision(), pixels,
                    bytesPerSample);
        } else {
            pixels = SamplePacker.pack(out, width, height, stride, bytesPerSample);
        }
        return new DctImage(f, out, stride, rgb, pixels);
    }
}
