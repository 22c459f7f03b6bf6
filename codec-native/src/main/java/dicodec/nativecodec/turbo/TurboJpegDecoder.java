package dicodec.nativecodec.turbo;

import dicodec.bindings.turbojpeg.TurboJpeg;
import dicodec.core.codec.jpeg.JpegDecoder;
import dicodec.core.error.DicodecException;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.FrameDecoder;
import java.util.Locale;

/**
 * Decodes an 8-bit JPEG frame with libjpeg-turbo (accurate integer IDCT, fancy upsampling: what
 * IJG and so DCMTK do), with the colour rule of the Java decoder and DCMTK's dcmdjpeg: three
 * components are converted from YCbCr to RGB when the data set says YBR_FULL, YBR_FULL_422 or
 * YBR_PARTIAL_422, and kept as coded otherwise.
 *
 * <p>TurboJPEG converts by the stream's own colour space (JFIF, Adobe APP14, component ids) and
 * cannot be told otherwise. Where that differs from the rule above (an "RGB" data set whose
 * stream looks YCbCr, or the reverse), and where TurboJPEG cannot read the stream at all (12-bit,
 * lossless, arithmetic coding), the frame goes to the Java decoder, so the output never depends
 * on which backend ran.
 */
public final class TurboJpegDecoder implements FrameDecoder {
    private final FrameDecoder java = new JpegDecoder();

    /** Which decoder a frame goes to. */
    enum Route { TURBO, JAVA }

    /** TURBO when libjpeg-turbo reads the stream and its colour rule gives what the data set's does. */
    static Route route(byte[] encoded, PixelDescription pd) {
        if (pd.bitsAllocated() != 8) {
            return Route.JAVA; // TurboJPEG writes 8-bit samples only; the Java decoder widens them (fuzz finding)
        }
        int[] info = new int[4];
        byte[] err = new byte[TurboJpegErrors.MESSAGE_CAPACITY];
        if (TurboJpeg.header(encoded, encoded.length, info, err, err.length) != 0 || info[3] > TurboJpeg.CS_GRAY) {
            return Route.JAVA; // not for TurboJPEG (or CMYK): the Java decoder reads it or says why not
        }
        int components = info[3] == TurboJpeg.CS_GRAY ? 1 : 3;
        if (components != pd.samplesPerPixel() || info[0] != pd.columns() || info[1] != pd.rows()) {
            return Route.JAVA; // the Java decoder names the attribute that differs
        }
        boolean convert = components == 3 && isYcbcr(pd.photometric());
        return components == 3 && convert != (info[3] == TurboJpeg.CS_YCBCR) ? Route.JAVA : Route.TURBO;
    }

    @Override
    public DecodedFrame decode(byte[] encoded, PixelDescription pd) {
        TurboJpegErrors.requireLoaded();
        if (route(encoded, pd) == Route.JAVA) {
            return java.decode(encoded, pd);
        }
        int components = pd.samplesPerPixel();
        boolean convert = components == 3 && isYcbcr(pd.photometric());
        byte[] err = new byte[TurboJpegErrors.MESSAGE_CAPACITY];
        byte[] out = new byte[pd.rows() * pd.columns() * components];
        if (TurboJpeg.decode(encoded, encoded.length, out, pd.columns(), pd.rows(), components, err, err.length) != 0) {
            String why = TurboJpegErrors.text(err);
            try {
                return java.decode(encoded, pd);
            } catch (DicodecException e) {
                throw DicodecException.badInput("JPEG stream: libjpeg-turbo: " + why + "; Java decoder: " + e.detail());
            }
        }
        return new DecodedFrame(out, convert ? "RGB" : pd.photometric(), 0);
    }

    /** The photometric interpretations DCMTK converts from (djcodecd.cc isYBR), as the Java decoder. */
    static boolean isYcbcr(String photometric) {
        String p = photometric == null ? "" : photometric.toUpperCase(Locale.ROOT);
        return p.equals("YBR_FULL") || p.equals("YBR_FULL_422") || p.equals("YBR_PARTIAL_422");
    }
}
