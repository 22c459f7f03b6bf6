package dicodec.nativecodec.jpegls;

import java.util.Locale;

/**
 * How a colour JPEG-LS stream interleaves its components (ISO 14495-1 ILV): one scan per
 * component, components line by line, or sample by sample. The decoder takes all three; the
 * encoder writes the one chosen here. The default is LINE, as DCMTK's dcmcjpls writes.
 */
public enum JpegLsInterleave {
    NONE(0), LINE(1), SAMPLE(2);

    /** System property that chooses the encoder's mode: none, line or sample. */
    public static final String PROPERTY = "dicodec.jpegls.interleave";

    private final int code;

    JpegLsInterleave(int code) {
        this.code = code;
    }

    /** The ILV value of the SOS segment (and of CharLS's interleave_mode). */
    public int code() {
        return code;
    }

    /** The mode the system property names, else LINE. */
    public static JpegLsInterleave configured() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            return LINE;
        }
        try {
            return valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + "=" + v + ": give none, line or sample", e);
        }
    }

    public static JpegLsInterleave ofCode(int code) {
        for (JpegLsInterleave m : values()) {
            if (m.code == code) {
                return m;
            }
        }
        throw new IllegalArgumentException("JPEG-LS interleave mode " + code + " is not 0, 1 or 2");
    }
}
