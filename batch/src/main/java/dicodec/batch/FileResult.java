package dicodec.batch;

import java.util.Locale;

/** What became of one file of a batch; the report writes the lower-case name. */
public enum FileResult {
    /** Transcoded and written. */
    OK,
    /** A verified output from an earlier run was already there. */
    SKIPPED,
    /** Refused by the lossy policy (CLI exit 3 for a single file); not a failure of the batch. */
    REFUSED,
    /** A syntax or feature with no codec yet (exit 4 for a single file). */
    UNSUPPORTED,
    /** Bad input (not DICOM, truncated, inconsistent), or a failure writing the output. */
    ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
