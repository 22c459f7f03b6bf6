package dicodec.core.policy;

import java.util.List;

/**
 * Whether an object has been lossy compressed, with every reason found (dicom-rules T8):
 * a lossy transfer syntax (as its stream shows for .81 / .91 / .203), Lossy Image
 * Compression (0028,2110) = 01, a Lossy Image Compression Method (0028,2114), or code 113040
 * in the Derivation Code Sequence.
 */
public record LossyEvidence(boolean lossy, List<String> reasons) {
    public String summary() {
        return reasons.isEmpty() ? "no sign of lossy compression" : String.join("; ", reasons);
    }
}
