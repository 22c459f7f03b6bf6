package dicodec.core.error;

import dicodec.core.dict.DataDictionary;
import dicodec.core.io.Tag;

/**
 * The one exception type of dicodec. It carries where the fault is (file, frame, attribute,
 * byte offset) so that the message a person reads says what to look at, for example
 * {@code ct1.dcm frame 3: Bits Stored (0028,0101): 17 > Bits Allocated 16}.
 */
public class DicodecException extends RuntimeException {
    private final ErrorKind kind;
    private final String file;
    private final int frame;
    private final int tag;
    private final long offset;
    private final String detail;

    public DicodecException(ErrorKind kind, String detail) {
        this(kind, null, 0, -1, -1L, detail, null);
    }

    public DicodecException(ErrorKind kind, String file, int frame, int tag, long offset, String detail,
            Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.file = file;
        this.frame = frame;
        this.tag = tag;
        this.offset = offset;
        this.detail = detail;
    }

    public static DicodecException badInput(String detail) {
        return new DicodecException(ErrorKind.BAD_INPUT, detail);
    }

    public static DicodecException badInputAt(long offset, String detail) {
        return new DicodecException(ErrorKind.BAD_INPUT, null, 0, -1, offset, detail, null);
    }

    public static DicodecException badAttribute(int tag, String detail) {
        return new DicodecException(ErrorKind.BAD_INPUT, null, 0, tag, -1L, detail, null);
    }

    public static DicodecException unsupported(String detail) {
        return new DicodecException(ErrorKind.UNSUPPORTED, detail);
    }

    /** The same fault, now knowing which file it is in (set by the outermost caller). */
    public DicodecException inFile(String fileName) {
        if (file != null) {
            return this;
        }
        DicodecException e = new DicodecException(kind, fileName, frame, tag, offset, detail, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The same fault, now knowing which frame (1-based) it is in. */
    public DicodecException inFrame(int frameNumber) {
        if (frame != 0) {
            return this;
        }
        DicodecException e = new DicodecException(kind, file, frameNumber, tag, offset, detail, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    public ErrorKind kind() {
        return kind;
    }

    public String file() {
        return file;
    }

    public int frame() {
        return frame;
    }

    public int tag() {
        return tag;
    }

    public long offset() {
        return offset;
    }

    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file).append(": ");
        }
        if (frame > 0) {
            sb.append("frame ").append(frame).append(": ");
        }
        if (tag != -1) {
            String keyword = DataDictionary.standard().keyword(tag);
            if (!keyword.isEmpty()) {
                sb.append(keyword).append(' ');
            }
            sb.append(Tag.toString(tag)).append(": ");
        }
        if (offset >= 0) {
            sb.append("at byte ").append(offset).append(": ");
        }
        sb.append(detail);
        return sb.toString();
    }
}
