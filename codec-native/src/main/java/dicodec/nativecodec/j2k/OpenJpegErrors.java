package dicodec.nativecodec.j2k;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.spi.Availability;
import dicodec.nativecodec.NativeLibraries;
import java.nio.charset.StandardCharsets;

/** OpenJPEG's failures as dicodec errors, in one place. */
final class OpenJpegErrors {
    static final int MESSAGE_CAPACITY = 1024;

    private OpenJpegErrors() {
    }

    static void requireLoaded() {
        Availability a = NativeLibraries.OPENJPEG.availability();
        if (!a.available()) {
            throw DicodecException.unsupported(a.reason());
        }
    }

    /** The C string OpenJPEG's messages were copied into. */
    static String text(byte[] err) {
        int n = 0;
        while (n < err.length && err[n] != 0) {
            n++;
        }
        return new String(err, 0, n, StandardCharsets.UTF_8).trim();
    }

    static DicodecException badStream(String family, byte[] err) {
        return DicodecException.badInput(family + " stream: OpenJPEG cannot decode it: " + text(err));
    }

    static DicodecException encodeFailed(byte[] err) {
        return new DicodecException(ErrorKind.INTERNAL, "JPEG 2000 encode: OpenJPEG failed: " + text(err));
    }
}
