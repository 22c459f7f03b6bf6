package dicodec.bindings.charls;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.Name;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * JNI binding to CharLS 2.x (Debian libcharls-dev), built by the JavaCPP Maven plugin. The
 * functions are those of src/main/cpp/dicodec_charls.h: one call encodes or decodes one frame
 * between Java arrays, with no callback and no handle kept. Loading this class loads the
 * library; use {@link dicodec.bindings.NativeLibrary} to learn whether that worked.
 */
@Platform(value = "linux-x86_64", include = "dicodec_charls.h", link = "charls")
public final class CharLS {
    static {
        Loader.load();
    }

    /** Error code of CharLS for a destination buffer that is too small. */
    public static final int DESTINATION_TOO_SMALL = 3;

    private CharLS() {
    }

    /**
     * Reads the frame header into {@code info}: width, height, bits per sample, components,
     * NEAR, interleave mode, HP colour transformation.
     *
     * @return 0 or a CharLS error code
     */
    @Name("dc_jls_read_header")
    public static native int readHeader(@Cast("const uint8_t*") byte[] src, long srcLength, int[] info);

    /** Decodes into {@code dst}: 0 or a CharLS error code. */
    @Name("dc_jls_decode")
    public static native int decode(@Cast("const uint8_t*") byte[] src, long srcLength,
            @Cast("uint8_t*") byte[] dst, long dstLength);

    /** Encodes {@code src}: the bytes written to {@code dst}, or minus a CharLS error code. */
    @Name("dc_jls_encode")
    public static native long encode(@Cast("const uint8_t*") byte[] src, long srcLength, int width, int height,
            int bitsPerSample, int components, int interleaveMode, int near, @Cast("uint8_t*") byte[] dst,
            long dstCapacity);

    /** CharLS's estimate of the largest stream for this frame, or minus an error code. */
    @Name("dc_jls_max_encoded_size")
    public static native long maxEncodedSize(int width, int height, int bitsPerSample, int components,
            int interleaveMode);

    /** CharLS's text for an error code. */
    @Name("dc_jls_error_message")
    public static native @Cast("const char*") String errorMessage(int code);
}
