package dicodec.core.transcode;

/**
 * What a request allows when the output would be lossy (design: lossy safety). REJECT is the
 * default; ALLOW must be asked for and is recorded in the result.
 */
public enum LossyPolicy {
    /** Refuse any lossy output (FAILED_PRECONDITION / exit 3). */
    REJECT,
    /** Write a lossless syntax instead, and say so in the result. */
    FALLBACK_TO_LOSSLESS,
    /** Write the lossy output; the result records that it was allowed. */
    ALLOW
}
