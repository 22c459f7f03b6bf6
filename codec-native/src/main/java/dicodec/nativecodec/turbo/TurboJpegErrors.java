package dicodec.nativecodec.turbo;

import dicodec.core.error.DicodecException;
import dicodec.core.spi.Availability;
import dicodec.nativecodec.NativeLibraries;
import java.nio.charset.StandardCharsets;

/** TurboJPEG's failures as dicodec errors, in one place. */
final class TurboJpegErrors {
    static final int MESSAGE_CAPACITY = 512;

    private TurboJpegErrors() {
    }

    static void requireLoaded() {
        Availability a = NativeLibraries.TURBOJPEG.availability();
        if (!a.available()) {
            throw DicodecException.unsupported(a.reason());
        }
    }

    static String text(byte[] err) {
        int n = 0;
        while (n < err.length && err[n] != 0) {
            n++;
        }
        return new String(err, 0, n, StandardCharsets.UTF_8).trim();
    }
}
