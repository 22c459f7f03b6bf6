package dicodec.core.policy.rules;

import dicodec.core.io.Dataset;
import dicodec.core.io.Tag;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.syntax.TransferSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * One compression rule (dicom-rules REQ-ROUTE-1..3): conditions on AE titles, Modality, Body
 * Part Examined, SOP Class, source syntax, Bits Stored, Photometric Interpretation and the
 * lossy flag; by default the rule fires when ANY condition holds (Kodak semantics), or when
 * ALL hold if it says so. A rule without a mode is lossless; lossy must be said.
 *
 * @param target the syntax to write when the rule fires; null = the rules' default lossless syntax
 */
public record Rule(String id, boolean all, List<String> callingAets, List<String> calledAets,
        AttributeCondition modality, AttributeCondition bodyPart, List<String> sopClasses,
        List<String> sourceSyntaxes, Integer minBitsStored, Integer maxBitsStored, List<String> photometric,
        Boolean lossyFlag, boolean lossy, TransferSyntax target, EncodeOptions encode) {

    static final int BODY_PART_EXAMINED = 0x00180015;

    /** The conditions that hold for this object, each as words for the report; null if the rule does not fire. */
    public List<String> matches(Dataset ds, TransferSyntax source, RuleContext ctx) {
        List<String> held = new ArrayList<>();
        int conditions = 0;
        if (!callingAets.isEmpty()) {
            conditions++;
            if (ctx.callingAet() != null && callingAets.stream().anyMatch(a -> a.equals(ctx.callingAet().trim()))) {
                held.add("calling AE " + ctx.callingAet());
            }
        }
        if (!calledAets.isEmpty()) {
            conditions++;
            if (ctx.calledAet() != null && calledAets.stream().anyMatch(a -> a.equals(ctx.calledAet().trim()))) {
                held.add("called AE " + ctx.calledAet());
            }
        }
        if (modality != null) {
            conditions++;
            if (modality.test(ds.getString(Tag.MODALITY))) {
                held.add("Modality " + modality);
            }
        }
        if (bodyPart != null) {
            conditions++;
            if (bodyPart.test(ds.getString(BODY_PART_EXAMINED))) {
                held.add("Body Part Examined " + bodyPart);
            }
        }
        if (!sopClasses.isEmpty()) {
            conditions++;
            String sop = ds.getString(Tag.SOP_CLASS_UID);
            if (sop != null && sopClasses.contains(sop)) {
                held.add("SOP Class " + sop);
            }
        }
        if (!sourceSyntaxes.isEmpty()) {
            conditions++;
            if (sourceSyntaxes.contains(source.uid()) || sourceSyntaxes.contains(source.shortName())) {
                held.add("source syntax " + source.shortName());
            }
        }
        if (minBitsStored != null || maxBitsStored != null) {
            conditions++;
            int bs = ds.getInt(Tag.BITS_STORED, -1);
            if (bs >= 0 && (minBitsStored == null || bs >= minBitsStored) && (maxBitsStored == null || bs <= maxBitsStored)) {
                held.add("Bits Stored " + bs);
            }
        }
        if (!photometric.isEmpty()) {
            conditions++;
            String pi = ds.getString(Tag.PHOTOMETRIC_INTERPRETATION);
            if (pi != null && photometric.contains(pi)) {
                held.add("Photometric " + pi);
            }
        }
        if (lossyFlag != null) {
            conditions++;
            if (lossyFlag == "01".equals(ds.getString(Tag.LOSSY_IMAGE_COMPRESSION))) {
                held.add("Lossy Image Compression " + (lossyFlag ? "01" : "not 01"));
            }
        }
        boolean fires = conditions > 0 && (all ? held.size() == conditions : !held.isEmpty());
        return fires ? held : null;
    }
}
