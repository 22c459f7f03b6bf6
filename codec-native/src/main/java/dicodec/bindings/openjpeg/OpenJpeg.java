package dicodec.bindings.openjpeg;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.Name;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * JNI binding to OpenJPEG 2.5 (Debian libopenjp2-7-dev), built by the JavaCPP Maven plugin. The
 * functions are those of src/main/cpp/dicodec_openjpeg.h: one call decodes or encodes one frame
 * between Java arrays. OpenJPEG's stream callbacks stay in C (memory streams routed by user
 * data), and its codec and stream handles live only inside a call, so none of JavaCPP's
 * callback limits or opaque-handle pitfalls apply.
 */
@Platform(value = "linux-x86_64", include = "dicodec_openjpeg.h", link = "openjp2")
public final class OpenJpeg {
    static {
        Loader.load();
    }

    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int MISMATCH = 2;

    /** Indexes into the info array of {@link #decode}. */
    public static final int INFO_COMPONENTS = 0;
    public static final int INFO_WIDTH = 1;
    public static final int INFO_HEIGHT = 2;
    public static final int INFO_PRECISION = 3;
    public static final int INFO_SIGNED = 4;
    public static final int INFO_COLOR_SPACE = 5;
    public static final int INFO_JP2 = 6;
    public static final int INFO_UNEVEN = 7;
    public static final int INFO_SIZE = 8;

    /** Progression orders, as OpenJPEG numbers them. */
    public static final int LRCP = 0;
    public static final int RPCL = 2;

    private OpenJpeg() {
    }

    /**
     * Decodes a J2K codestream or JP2 file into {@code dst} ({@code bytesPerSample} each, colour
     * by pixel). Returns {@link #OK}, {@link #ERROR} (text in {@code err}) or {@link #MISMATCH}
     * (the image is not what was expected; {@code info} says what it is).
     */
    @Name("dc_opj_decode")
    public static native int decode(@Cast("const uint8_t*") byte[] src, long srcLength, @Cast("uint8_t*") byte[] dst,
            long dstLength, int bytesPerSample, int components, int width, int height, int threads, int[] info,
            @Cast("char*") byte[] err, int errCapacity);

    /**
     * Encodes one frame to a raw codestream. Returns its length, minus its length when
     * {@code dst} is too small, or 0 on failure (text in {@code err}).
     */
    @Name("dc_opj_encode")
    public static native long encode(@Cast("const uint8_t*") byte[] src, long srcLength, int width, int height,
            int components, int bytesPerSample, int precision, int signed, int planar, int reversible, int mct,
            float rate, float psnr, int resolutions, int progression, int threads, @Cast("uint8_t*") byte[] dst,
            long dstCapacity, @Cast("char*") byte[] err, int errCapacity);

    @Name("dc_opj_version")
    public static native @Cast("const char*") String version();
}
