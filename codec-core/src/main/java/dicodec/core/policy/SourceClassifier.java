package dicodec.core.policy;

import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.pixel.CodestreamHeader;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.syntax.TransferSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies a source for the lossy-safety rules (issue "lossy safety", part 1). Syntaxes that
 * may be either (.81 JPEG-LS near-lossless, .91 JPEG 2000, .203 HTJ2K) are decided by the
 * stream of the first frame: NEAR > 0, or an irreversible 9/7 wavelet, is lossy.
 */
public final class SourceClassifier {
    static final int DERIVATION_CODE_SEQUENCE = 0x00089215;
    static final int CODE_VALUE = 0x00080100;
    public static final String LOSSY_COMPRESSION_CODE = "113040";

    private SourceClassifier() {
    }

    public static LossyEvidence evidence(DicomObject obj) {
        Dataset ds = obj.dataset();
        List<String> reasons = new ArrayList<>();
        TransferSyntax ts = obj.syntax();
        if (ts.lossy() == TransferSyntax.Lossiness.LOSSY) {
            reasons.add("transfer syntax " + ts.name() + " is lossy");
        } else if (ts.lossy() == TransferSyntax.Lossiness.MAYBE_LOSSY) {
            String stream = streamLossiness(obj);
            if (stream != null) {
                reasons.add(stream);
            }
        }
        if ("01".equals(ds.getString(Tag.LOSSY_IMAGE_COMPRESSION))) {
            reasons.add("Lossy Image Compression (0028,2110) is 01");
        }
        if (ds.getString(Tag.LOSSY_IMAGE_COMPRESSION_METHOD) != null) {
            reasons.add("Lossy Image Compression Method (0028,2114) is "
                    + String.join("\\", ds.getStrings(Tag.LOSSY_IMAGE_COMPRESSION_METHOD)));
        }
        DicomElement codes = ds.get(DERIVATION_CODE_SEQUENCE);
        if (codes != null) {
            for (Dataset item : codes.items()) {
                if (LOSSY_COMPRESSION_CODE.equals(item.getString(CODE_VALUE))) {
                    reasons.add("Derivation Code Sequence (0008,9215) holds 113040 Lossy Compression");
                }
            }
        }
        return new LossyEvidence(!reasons.isEmpty(), reasons);
    }

    public static SourceClass classify(DicomObject obj, LossyEvidence evidence) {
        if (evidence.lossy()) {
            return SourceClass.LOSSY;
        }
        return obj.syntax().encapsulated() ? SourceClass.LOSSLESS : SourceClass.NATIVE;
    }

    /** For syntaxes that may be lossy: what the first frame's stream says, or null when lossless. */
    private static String streamLossiness(DicomObject obj) {
        DicomElement pixels = obj.dataset().get(Tag.PIXEL_DATA);
        if (pixels == null || !(pixels.value() instanceof ElementValue.Fragments f)) {
            return null;
        }
        CodestreamHeader h;
        try {
            h = CodestreamHeader.probe(EncapsulatedFrames.of(f, obj.dataset(), obj.syntax()), 0);
        } catch (RuntimeException e) {
            return "transfer syntax " + obj.syntax().name() + " may be lossy and its stream cannot be read to tell ("
                    + e.getMessage() + ")";
        }
        switch (h.family()) {
            case JPEG_LS:
                return h.near() > 0 ? "JPEG-LS stream with NEAR " + h.near() : null;
            case JPEG_2000:
            case HTJ2K:
                return h.reversible() ? null : "JPEG 2000 stream with the irreversible 9/7 wavelet";
            default:
                return null;
        }
    }
}
