package dicodec.bindings.turbojpeg;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.Name;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * JNI binding to libjpeg-turbo's TurboJPEG API (Debian libturbojpeg0-dev, 8-bit), built by the
 * JavaCPP Maven plugin. The functions are those of src/main/cpp/dicodec_turbojpeg.h; each thread
 * keeps its own TurboJPEG handles in C.
 */
@Platform(value = "linux-x86_64", include = "dicodec_turbojpeg.h", link = "turbojpeg")
public final class TurboJpeg {
    static {
        Loader.load();
    }

    /** TJSAMP_* */
    public static final int SAMP_444 = 0;
    public static final int SAMP_422 = 1;
    public static final int SAMP_420 = 2;
    public static final int SAMP_GRAY = 3;
    /** TJCS_* */
    public static final int CS_RGB = 0;
    public static final int CS_YCBCR = 1;
    public static final int CS_GRAY = 2;

    private TurboJpeg() {
    }

    /** Width, height, subsampling and colour space into {@code info}: 0, or 1 with {@code err}. */
    @Name("dc_tj_header")
    public static native int header(@Cast("const uint8_t*") byte[] src, long srcLength, int[] info,
            @Cast("char*") byte[] err, int errCapacity);

    /** Decodes to grey or RGB by pixel: 0, or 1 with {@code err}. */
    @Name("dc_tj_decode")
    public static native int decode(@Cast("const uint8_t*") byte[] src, long srcLength, @Cast("uint8_t*") byte[] dst,
            int width, int height, int components, @Cast("char*") byte[] err, int errCapacity);

    /** Encodes one frame: the stream length, or 0 with {@code err}. */
    @Name("dc_tj_encode")
    public static native long encode(@Cast("const uint8_t*") byte[] src, int width, int height, int components,
            int subsampling, int fromPlanes, int quality, @Cast("uint8_t*") byte[] dst, long dstCapacity,
            @Cast("char*") byte[] err, int errCapacity);

    @Name("dc_tj_buf_size")
    public static native long bufferSize(int width, int height, int subsampling);
}
