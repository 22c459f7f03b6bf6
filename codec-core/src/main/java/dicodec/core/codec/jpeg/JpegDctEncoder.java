package dicodec.core.codec.jpeg;

import dicodec.core.codec.jpeg.dct.DctEncoder;
import dicodec.core.codec.jpeg.dct.DctStages;
import dicodec.core.codec.jpeg.dct.QuantTables;
import dicodec.core.error.DicodecException;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.spi.FrameEncoder;
import java.util.Locale;

/**
 * Encodes native frames to lossy JPEG: baseline (.50, SOF0, 8-bit) or extended (.51, SOF1,
 * precision 8 for Bits Stored 8 and 12 for Bits Stored 9 to 12), grey or colour, quality
 * 1..100 on the IJG-scaled tables of Annex K (0 = 90), Huffman tables optimal for the frame,
 * optional restart intervals.
 *
 * <p>Colour ({@link JpegColour}): RGB is converted to YCbCr and subsampled 4:2:2 by default
 * (YBR_FULL_422), or kept 4:4:4 (YBR_FULL), or coded without a transform (RGB). YBR_FULL input
 * is subsampled or kept; native YBR_FULL_422 is already subsampled and is coded as it is.
 */
public final class JpegDctEncoder implements FrameEncoder {
    private static final int DEFAULT_QUALITY = 90;

    private final boolean baseline;
    private final JpegLossyOptions options;
    private final DctStages stages;

    public JpegDctEncoder(boolean baseline, JpegLossyOptions options) {
        this(baseline, options, DctStages.java());
    }

    public JpegDctEncoder(boolean baseline, JpegLossyOptions options, DctStages stages) {
        this.baseline = baseline;
        this.options = options;
        this.stages = stages;
    }

    @Override
    public EncodedFrame encode(byte[] frame, PixelDescription pd, EncodeOptions encode) {
        int quality = encode == null || encode.quality() == 0 ? DEFAULT_QUALITY : encode.quality();
        if (quality < 1 || quality > 100) {
            throw new DicodecException(dicodec.core.error.ErrorKind.BAD_INPUT,
                    "JPEG quality " + quality + " is not 1 to 100 (0 for the default " + DEFAULT_QUALITY + ")");
        }
        int precision = pd.bitsStored() <= 8 ? 8 : 12;
        int max = (1 << precision) - 1;
        int width = pd.columns();
        int height = pd.rows();
        String pi = pd.photometric().toUpperCase(Locale.ROOT);
        int marker = baseline ? JpegMarker.SOF0 : JpegMarker.SOF1;
        int qmax = precision == 8 ? 255 : 32767;
        int[][] quant = {QuantTables.forQuality(false, quality, qmax), QuantTables.forQuality(true, quality, qmax)};

        if (pd.samplesPerPixel() == 1) {
            short[] plane = toShort(NativeSamples.planes(frame, pd)[0], max);
            FrameHeader f = FrameHeader.of(marker, precision, height, width, new int[] {1}, new int[] {1},
                    new int[] {1}, new int[] {0});
            FrameComponent c = f.components()[0];
            short[] padded = DctEncoder.pad(plane, width, width, height, c.paddedBlocksWide() * 8,
                    c.paddedBlocksHigh() * 8);
            byte[] s = new DctEncoder(stages).encode(f, new short[][] {padded}, quant, new int[] {0},
                    options.restartInterval(), DctEncoder.ColourMarker.NONE);
            return new EncodedFrame(s, pd.photometric(), true);
        }

        if (pi.equals("YBR_FULL_422")) {
            return encodeNative422(frame, pd, marker, precision, quant);
        }
        if (!pi.equals("RGB") && !pi.equals("YBR_FULL")) {
            throw DicodecException.unsupported("Photometric Interpretation (0028,0004) " + pd.photometric()
                    + " is not coded by the lossy JPEG encoder (RGB, YBR_FULL, YBR_FULL_422 and grey are)");
        }
        int[][] ints = NativeSamples.planes(frame, pd);
        short[][] planes = {toShort(ints[0], max), toShort(ints[1], max), toShort(ints[2], max)};
        JpegColour colour = options.colour();
        boolean transform = colour != JpegColour.RGB && pi.equals("RGB");
        if (transform) {
            stages.colour().rgbToYcc(planes[0], planes[1], planes[2], width * height, precision);
        }
        boolean subsample = colour == JpegColour.YBR_FULL_422;
        int[] h = subsample ? new int[] {2, 1, 1} : new int[] {1, 1, 1};
        boolean ycc = colour != JpegColour.RGB || pi.equals("YBR_FULL");
        int[] ids = ycc ? new int[] {1, 2, 3} : new int[] {'R', 'G', 'B'};
        FrameHeader f = FrameHeader.of(marker, precision, height, width, ids, h, new int[] {1, 1, 1},
                new int[] {0, 1, 1});
        int fullW = f.mcusPerLine() * f.maxH() * 8;
        int fullH = f.mcuRows() * f.maxV() * 8;
        short[][] padded = new short[3][];
        for (FrameComponent c : f.components()) {
            short[] full = DctEncoder.pad(planes[c.index()], width, width, height, fullW, fullH);
            int ratio = f.maxH() / c.h();
            if (ratio == 1) {
                padded[c.index()] = full;
            } else {
                short[] down = new short[c.paddedBlocksWide() * 8 * c.paddedBlocksHigh() * 8];
                stages.downsampler().downsample(full, fullW, ratio, 1, down, c.paddedBlocksWide() * 8,
                        c.paddedBlocksHigh() * 8);
                padded[c.index()] = down;
            }
        }
        byte[] s = new DctEncoder(stages).encode(f, padded, quant, new int[] {0, 1, 1}, options.restartInterval(),
                ycc ? DctEncoder.ColourMarker.JFIF : DctEncoder.ColourMarker.ADOBE_NO_TRANSFORM);
        String out = !ycc ? "RGB" : subsample ? "YBR_FULL_422" : "YBR_FULL";
        return new EncodedFrame(s, out, true);
    }

    /** Native YBR_FULL_422 (Y Y Cb Cr per pair of pixels, PS3.3 C.7.6.3.1.2) coded 4:2:2 as it stands. */
    private EncodedFrame encodeNative422(byte[] frame, PixelDescription pd, int marker, int precision, int[][] quant) {
        if (pd.bitsAllocated() != 8 || pd.columns() % 2 != 0) {
            throw DicodecException.unsupported("Photometric Interpretation (0028,0004) YBR_FULL_422 with Bits Allocated "
                    + pd.bitsAllocated() + " and " + pd.columns() + " columns: only 8-bit native YBR_FULL_422 with an"
                    + " even number of columns is coded");
        }
        int width = pd.columns();
        int height = pd.rows();
        int cw = (width + 1) / 2;
        short[] y = new short[width * height];
        short[] cb = new short[cw * height];
        short[] cr = new short[cw * height];
        int o = 0;
        for (int r = 0; r < height; r++) {
            for (int x = 0; x < width; x += 2) {
                y[r * width + x] = (short) (frame[o++] & 0xFF);
                int second = frame[o++] & 0xFF;
                if (x + 1 < width) {
                    y[r * width + x + 1] = (short) second;
                }
                cb[r * cw + x / 2] = (short) (frame[o++] & 0xFF);
                cr[r * cw + x / 2] = (short) (frame[o++] & 0xFF);
            }
        }
        FrameHeader f = FrameHeader.of(marker, precision, height, width, new int[] {1, 2, 3}, new int[] {2, 1, 1},
                new int[] {1, 1, 1}, new int[] {0, 1, 1});
        short[][] src = {y, cb, cr};
        int[] stride = {width, cw, cw};
        short[][] padded = new short[3][];
        for (FrameComponent c : f.components()) {
            padded[c.index()] = DctEncoder.pad(src[c.index()], stride[c.index()], c.width(), c.height(),
                    c.paddedBlocksWide() * 8, c.paddedBlocksHigh() * 8);
        }
        byte[] s = new DctEncoder(stages).encode(f, padded, quant, new int[] {0, 1, 1}, options.restartInterval(),
                DctEncoder.ColourMarker.JFIF);
        return new EncodedFrame(s, "YBR_FULL_422", true);
    }

    private static short[] toShort(int[] p, int max) {
        short[] out = new short[p.length];
        for (int i = 0; i < p.length; i++) {
            int v = p[i];
            out[i] = (short) (v > max ? max : v);
        }
        return out;
    }
}
