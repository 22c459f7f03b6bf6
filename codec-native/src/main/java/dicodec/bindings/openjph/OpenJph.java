package dicodec.bindings.openjph;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.Name;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * JNI binding to OpenJPH (Debian libopenjph-dev, HTJ2K), built by the JavaCPP Maven plugin. The
 * function is that of src/main/cpp/dicodec_openjph.h: one call encodes one frame between Java
 * arrays; OpenJPH's errors become a message, not a C++ exception across JNI.
 */
@Platform(value = "linux-x86_64", include = "dicodec_openjph.h", link = "openjph")
public final class OpenJph {
    static {
        Loader.load();
    }

    private OpenJph() {
    }

    /**
     * Encodes one frame to an HTJ2K codestream: its length, minus its length when {@code dst} is
     * too small, or 0 on failure (text in {@code err}).
     */
    @Name("dc_ojph_encode")
    public static native long encode(@Cast("const uint8_t*") byte[] src, long srcLength, int width, int height,
            int components, int bytesPerSample, int precision, int signed, int planar, int reversible, int mct,
            float quantisationStep, int decompositions, int rpcl, @Cast("uint8_t*") byte[] dst, long dstCapacity,
            @Cast("char*") byte[] err, int errCapacity);
}
