package dicodec.core.render;

import dicodec.core.error.DicodecException;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.stage.SampleFormat;
import dicodec.core.stage.Stages;
import java.util.Locale;

/**
 * One decoded frame as a PNG for a viewer (javax.imageio writes it). What comes out:
 * <ul>
 * <li>Grey (MONOCHROME1 / MONOCHROME2) with a window: an 8-bit grey PNG, each stored value
 *     rescaled (Modality LUT, {@link DisplayAttributes#rescale()}) then put through the linear
 *     VOI function of the window. MONOCHROME1 is then inverted (255 - y), since the PNG is for
 *     display and MONOCHROME1 means low values are white (PS3.3 C.7.6.3.1.2). The object itself
 *     is never changed (dicom-rules 5.5).</li>
 * <li>Grey without a window: the stored values as they are, in an 8-bit grey PNG when Bits
 *     Stored is 8 or less, else 16-bit. Signed values are shifted to unsigned by adding
 *     2^(Bits Stored - 1), so the smallest value a signed sample can hold becomes 0. No rescale
 *     and no inversion: MONOCHROME1 stays as stored. Above 16 bits stored, and for float pixel
 *     data, a window is needed (UNSUPPORTED without).</li>
 * <li>1-bit: an 8-bit grey PNG of 0 and 255; any window is ignored.</li>
 * <li>RGB (planar configuration 0 or 1): an RGB PNG of the stored values, 8-bit up to 8 bits
 *     stored, else 16-bit (samples of more than 16 bits keep their 16 high bits). A window is
 *     ignored: VOI applies to grey images only (PS3.3 C.11.2).</li>
 * <li>YBR_FULL, YBR_FULL_422 and YBR_PARTIAL_422 (8-bit): converted to 8-bit RGB with the
 *     equations of PS3.3 C.7.6.3.1.2.</li>
 * <li>PALETTE COLOR: RGB through the palette ({@link PaletteLut}), 8-bit or 16-bit as its
 *     entries are.</li>
 * </ul>
 * Other photometric interpretations (HSV, ARGB, CMYK, YBR_ICT / YBR_RCT left undecoded) are
 * UNSUPPORTED. The frame's own photometric interpretation and planar configuration are used,
 * since a decoder may have changed them; {@code pd} gives the size and the bits.
 */
public final class PngRenderer {
    private PngRenderer() {
    }

    /**
     * Renders with {@code windowOrNull} applied to the stored values themselves (no Modality
     * LUT), and no palette: PALETTE COLOR needs
     * {@link #render(DecodedFrame, PixelDescription, DisplayAttributes, VoiWindow)}.
     */
    public static byte[] render(DecodedFrame frame, PixelDescription pd, VoiWindow windowOrNull) {
        return render(frame, pd, DisplayAttributes.NONE, windowOrNull);
    }

    /**
     * Renders with the data set's rescale and palette; {@code windowOrNull} is in modality units
     * (after Rescale Slope / Intercept), as Window Center / Width in the data set are.
     *
     * @throws DicodecException UNSUPPORTED for what cannot become a PNG (see the class comment);
     *     BAD_INPUT when the frame is shorter than its description
     */
    public static byte[] render(DecodedFrame frame, PixelDescription pd, DisplayAttributes display,
            VoiWindow windowOrNull) {
        String pi = frame.photometric() == null ? pd.photometric() : frame.photometric();
        pi = pi.toUpperCase(Locale.ROOT);
        int pixels = pd.rows() * pd.columns();
        if (pd.bitsAllocated() == 1) {
            return PngImages.grey8(pd.columns(), pd.rows(), oneBit(frame.pixels(), pixels, pd));
        }
        if (pi.equals("PALETTE COLOR")) {
            if (display.paletteOrNull() == null) {
                throw DicodecException.unsupported("PALETTE COLOR needs its lookup tables: render with the data"
                        + " set's DisplayAttributes");
            }
            return palette(frame, pd, display.paletteOrNull());
        }
        if (pd.samplesPerPixel() == 1) {
            return grey(frame, pd, pi, display.rescale(), windowOrNull);
        }
        switch (pi) {
            case "RGB":
                return rgb(frame, pd);
            case "YBR_FULL":
            case "YBR_FULL_422":
            case "YBR_PARTIAL_422":
                return YbrToRgb.png(frame, pd, pi);
            default:
                throw DicodecException.unsupported("Photometric Interpretation (0028,0004) " + pi
                        + " cannot be rendered as PNG; MONOCHROME1/2, RGB, YBR_FULL, YBR_FULL_422, YBR_PARTIAL_422"
                        + " and PALETTE COLOR can");
        }
    }

    private static byte[] oneBit(byte[] packed, int pixels, PixelDescription pd) {
        if (packed.length < (pixels + 7) / 8) {
            throw DicodecException.badAttribute(pd.pixelDataTag(), "a 1-bit frame of " + packed.length
                    + " bytes is shorter than the " + (pixels + 7) / 8 + " bytes of " + pixels + " pixels");
        }
        byte[] out = new byte[pixels];
        for (int p = 0; p < pixels; p++) {
            // DICOM packs the first pixel in the least significant bit (PS3.5 8.1.1).
            out[p] = (packed[p >>> 3] >>> (p & 7) & 1) == 1 ? (byte) 255 : 0;
        }
        return out;
    }

    private static byte[] grey(DecodedFrame frame, PixelDescription pd, String pi, Rescale rescale,
            VoiWindow window) {
        int pixels = pd.rows() * pd.columns();
        StoredSamples s = new StoredSamples(frame.pixels(), pd).requireSamples(pixels, pd);
        if (window != null) {
            boolean invert = pi.equals("MONOCHROME1");
            byte[] out = new byte[pixels];
            SampleFormat f = pd.isFloat() ? null : SampleFormat.of(pd);
            if (f != null) {
                // Integer samples: the window stage (on a device when there is one).
                Stages.current().greyWindow().toGrey8(frame.pixels(), f, rescale, window, invert, out);
                return PngImages.grey8(pd.columns(), pd.rows(), out);
            }
            for (int p = 0; p < pixels; p++) {
                int y = window.apply(rescale.apply(s.real(p)), 0, 255);
                out[p] = (byte) (invert ? 255 - y : y);
            }
            return PngImages.grey8(pd.columns(), pd.rows(), out);
        }
        if (pd.isFloat() || s.bitsStored() > 16) {
            throw DicodecException.unsupported((pd.isFloat() ? "float pixel data" : s.bitsStored()
                    + " bits stored") + " cannot be shown as a PNG of stored values: give a window");
        }
        long shift = s.isSigned() ? 1L << (s.bitsStored() - 1) : 0;
        if (s.bitsStored() <= 8) {
            byte[] out = new byte[pixels];
            for (int p = 0; p < pixels; p++) {
                out[p] = (byte) (s.value(p) + shift);
            }
            return PngImages.grey8(pd.columns(), pd.rows(), out);
        }
        short[] out = new short[pixels];
        for (int p = 0; p < pixels; p++) {
            out[p] = (short) (s.value(p) + shift);
        }
        return PngImages.grey16(pd.columns(), pd.rows(), out);
    }

    private static byte[] rgb(DecodedFrame frame, PixelDescription pd) {
        int pixels = pd.rows() * pd.columns();
        StoredSamples s = new StoredSamples(frame.pixels(), pd).requireSamples(3L * pixels, pd);
        boolean planar = frame.planarConfiguration() == 1;
        int bits = s.bitsStored();
        if (bits <= 8) {
            byte[] out = new byte[3 * pixels];
            for (int p = 0; p < pixels; p++) {
                for (int c = 0; c < 3; c++) {
                    out[3 * p + c] = (byte) s.value(planar ? c * pixels + p : 3 * p + c);
                }
            }
            return PngImages.rgb8(pd.columns(), pd.rows(), out);
        }
        int down = Math.max(0, bits - 16);
        short[] out = new short[3 * pixels];
        for (int p = 0; p < pixels; p++) {
            for (int c = 0; c < 3; c++) {
                out[3 * p + c] = (short) (s.value(planar ? c * pixels + p : 3 * p + c) >>> down);
            }
        }
        return PngImages.rgb16(pd.columns(), pd.rows(), out);
    }

    private static byte[] palette(DecodedFrame frame, PixelDescription pd, PaletteLut lut) {
        int pixels = pd.rows() * pd.columns();
        StoredSamples s = new StoredSamples(frame.pixels(), pd).requireSamples(pixels, pd);
        if (lut.bitsPerEntry() == 8) {
            byte[] out = new byte[3 * pixels];
            for (int p = 0; p < pixels; p++) {
                long v = s.value(p);
                for (int c = 0; c < 3; c++) {
                    out[3 * p + c] = (byte) lut.lookup(c, v);
                }
            }
            return PngImages.rgb8(pd.columns(), pd.rows(), out);
        }
        short[] out = new short[3 * pixels];
        for (int p = 0; p < pixels; p++) {
            long v = s.value(p);
            for (int c = 0; c < 3; c++) {
                out[3 * p + c] = (short) lut.lookup(c, v);
            }
        }
        return PngImages.rgb16(pd.columns(), pd.rows(), out);
    }
}
