package dicodec.nativecodec.jpegls;

import dicodec.bindings.charls.CharLS;
import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.spi.Availability;
import dicodec.nativecodec.NativeLibraries;

/** CharLS's error codes as dicodec errors, in one place. */
final class CharLsErrors {
    private CharLsErrors() {
    }

    static void requireLoaded() {
        Availability a = NativeLibraries.CHARLS.availability();
        if (!a.available()) {
            throw DicodecException.unsupported(a.reason());
        }
    }

    /** A stream CharLS cannot read: bad input. */
    static DicodecException badStream(String doing, int code) {
        return DicodecException.badInput("JPEG-LS stream: CharLS failed " + doing + " the stream: "
                + CharLS.errorMessage(code) + " (CharLS error " + code + ")");
    }

    /** CharLS refused to encode what the encoder checked it could: a fault of ours. */
    static DicodecException encodeFailed(long code) {
        return new DicodecException(ErrorKind.INTERNAL, "JPEG-LS encode: CharLS failed: "
                + CharLS.errorMessage((int) code) + " (CharLS error " + code + ")");
    }
}
