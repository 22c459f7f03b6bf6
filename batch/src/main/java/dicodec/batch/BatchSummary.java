package dicodec.batch;

import java.util.EnumMap;
import java.util.Map;

/** How many files ended how, and whether any failure was ours rather than the input's. */
public final class BatchSummary {
    private final Map<FileResult, Integer> counts = new EnumMap<>(FileResult.class);
    private boolean internalFailure;
    private int leftoversRemoved;

    void add(FileOutcome o) {
        counts.merge(o.result(), 1, Integer::sum);
        internalFailure |= o.internal();
    }

    /** {@code files} files that ended as {@code r} (an engine that counts rather than streams outcomes). */
    public void add(FileResult r, int files, boolean internal) {
        counts.merge(r, files, Integer::sum);
        internalFailure |= internal && files > 0;
    }

    public void leftoversRemoved(int n) {
        leftoversRemoved = n;
    }

    public int count(FileResult r) {
        return counts.getOrDefault(r, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean internalFailure() {
        return internalFailure;
    }

    /** Temporary files of a killed run deleted at the start. */
    public int leftoversRemoved() {
        return leftoversRemoved;
    }

    /**
     * The batch's exit code: 1 when a failure was ours (writing DST, a bug); else 2 when some
     * input was bad (not DICOM, truncated, inconsistent); else 4 when some file needs a codec
     * that is not there; else 0 (every file ok, skipped, or refused by the lossy policy, which
     * is the policy doing its job).
     */
    public int exitCode() {
        if (internalFailure) {
            return 1;
        }
        if (count(FileResult.ERROR) > 0) {
            return 2;
        }
        return count(FileResult.UNSUPPORTED) > 0 ? 4 : 0;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(total()).append(total() == 1 ? " file: " : " files: ");
        String sep = "";
        for (FileResult r : FileResult.values()) {
            sb.append(sep).append(count(r)).append(' ').append(r.label());
            sep = ", ";
        }
        return sb.toString();
    }
}
