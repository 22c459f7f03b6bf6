package dicodec.core.codec.jpeg;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;

/**
 * The JPEG codecs' errors in one place. A malformed stream is BAD_INPUT at a byte offset of
 * the codestream (the frame's bytes, SOI = byte 0). So is a stream that is valid ISO 10918-1
 * but not in any of the JPEG transfer syntaxes these codecs serve (arithmetic coding,
 * hierarchical mode, subsampled lossless): in a DICOM object it can only be a damaged or
 * mislabelled stream.
 */
public final class JpegErrors {
    private JpegErrors() {
    }

    /** A malformed stream: "JPEG codestream: ..." at {@code offset} of the codestream. */
    public static DicodecException bad(long offset, String detail) {
        return DicodecException.badInputAt(offset, "JPEG codestream: " + detail);
    }

    public static DicodecException bad(long offset, String format, Object... args) {
        return bad(offset, String.format(format, args));
    }

    /** A feature of ISO 10918-1 that these codecs do not implement. */
    public static DicodecException unsupported(String detail) {
        return new DicodecException(ErrorKind.UNSUPPORTED, "JPEG: " + detail);
    }

    /** The data set and the stream disagree in a way we cannot follow (E8 in dicom-rules). */
    public static DicodecException mismatch(int tag, String detail) {
        return DicodecException.badAttribute(tag, detail);
    }
}
