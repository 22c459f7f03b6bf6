package dicodec.core.policy;

/** What the decision table (dicom-rules 5.2) says to do with one request. */
public enum LossyAction {
    /** Native or lossless in, native or lossless out: no new UID, (0028,2110) kept as it is. */
    LOSSLESS_TRANSCODE,
    /** A lossy encode the request allows: derived-instance attributes, new SOP Instance UID. */
    LOSSY_ENCODE,
    /** Lossy in, the same lossy syntax out: the compressed frames are copied, never re-encoded. */
    PASS_THROUGH,
    /** Lossy in, native or lossless out: (0028,2110) stays (or becomes) 01, no new UID. */
    DECODE_KEEPING_LOSSY_FLAG,
    /** The request wanted lossy but its policy says fall back: a lossless syntax is written instead. */
    FALLBACK_TO_LOSSLESS,
    /** Refused: lossy not allowed, or lossy twice. */
    REFUSE
}
