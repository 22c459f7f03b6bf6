package dicodec.core.transcode;

/** How the Pixel Data goes from source to target (design: "the flow of one transcode"). */
public enum PlanKind {
    /** Native to native: the values are re-encoded (VR form, byte order), pixels untouched. */
    NATIVE_TO_NATIVE,
    /** The same encapsulated syntax in and out: the fragments are copied, never re-encoded. */
    PASS_THROUGH,
    /** Encapsulated to native: each frame is decoded. */
    DECODE,
    /** Native to encapsulated: each frame is encoded. */
    ENCODE,
    /** Encapsulated to another encapsulated syntax: decode, then encode, frame by frame. */
    DECODE_ENCODE,
    /** No Pixel Data: only the data set encoding changes. */
    NO_PIXEL_DATA
}
