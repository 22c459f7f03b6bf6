package dicodec.batch;

/**
 * One row of the batch report.
 *
 * @param file the path relative to SRC, with '/' separators
 * @param result what became of it
 * @param reason why, for anything but a plain ok; empty otherwise
 * @param inputBytes size of the source file
 * @param outputBytes size of the output, -1 when there is none
 * @param millis time spent on the file
 * @param internal true when the failure is ours (writing DST, a bug), not the input's: the batch
 *     then exits 1
 * @param details what the transcode did (syntaxes, verification, new UID); {@link Details#NONE}
 *     when the file was not read that far
 */
public record FileOutcome(String file, FileResult result, String reason, long inputBytes, long outputBytes,
        long millis, boolean internal, Details details) {

    public FileOutcome(String file, FileResult result, String reason, long inputBytes, long outputBytes, long millis,
            boolean internal) {
        this(file, result, reason, inputBytes, outputBytes, millis, internal, Details.NONE);
    }

    /** Input over output size; NaN without an output. */
    public double ratio() {
        return outputBytes > 0 ? (double) inputBytes / outputBytes : Double.NaN;
    }

    /**
     * What the transcode did, for reports that carry more than the CLI's CSV (the Spark job's).
     *
     * @param sourceSyntax the source's transfer syntax UID; empty when it did not parse
     * @param outputSyntax the output's transfer syntax UID; empty without an output
     * @param maxError the largest absolute sample error the verification found over all frames;
     *     -1 when the output was not verified (lossless output is verified only when asked)
     * @param psnr the lowest PSNR in dB over the verified frames; infinite when exact, NaN when
     *     not verified
     * @param uidMapping "old=new" SOP Instance UID when the output is a new instance, else empty
     */
    public record Details(String sourceSyntax, String outputSyntax, long maxError, double psnr, String uidMapping) {
        public static final Details NONE = new Details("", "", -1, Double.NaN, "");
    }
}
