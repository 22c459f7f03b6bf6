package dicodec.server.cli.batch;

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
 */
public record FileOutcome(String file, FileResult result, String reason, long inputBytes, long outputBytes,
        long millis, boolean internal) {

    /** Input over output size; NaN without an output. */
    public double ratio() {
        return outputBytes > 0 ? (double) inputBytes / outputBytes : Double.NaN;
    }
}
