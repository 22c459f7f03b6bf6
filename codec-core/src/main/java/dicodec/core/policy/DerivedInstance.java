package dicodec.core.policy;

import dicodec.core.dict.DataDictionary;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.transcode.AttributeChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The attributes DICOM requires of an image that is a lossy-compressed version of another
 * (PS3.3 C.7.6.1.1.5, C.7.6.1.1.2; dicom-rules T1-T6): Lossy Image Compression 01, ratio and
 * method appended with equal VM, Image Type (and Frame Type) DERIVED, a new SOP Instance UID,
 * a Source Image Sequence item pointing at the predecessor (121320), the Derivation
 * Description and a Derivation Code Sequence item 113040. Every change is reported.
 */
public final class DerivedInstance {
    static final int DERIVATION_DESCRIPTION = 0x00082111;
    static final int SOURCE_IMAGE_SEQUENCE = 0x00082112;
    static final int REFERENCED_SOP_CLASS_UID = 0x00081150;
    static final int REFERENCED_SOP_INSTANCE_UID = 0x00081155;
    static final int PURPOSE_OF_REFERENCE_CODE_SEQUENCE = 0x0040A170;
    static final int CODING_SCHEME_DESIGNATOR = 0x00080102;
    static final int CODE_MEANING = 0x00080104;
    static final int FRAME_TYPE = 0x00089007;
    static final int SHARED_FUNCTIONAL_GROUPS = 0x52009229;
    static final int PER_FRAME_FUNCTIONAL_GROUPS = 0x52009230;

    private DerivedInstance() {
    }

    /**
     * What the lossy step was.
     *
     * @param method the defined term of (0028,2114): ISO_10918_1, ISO_14495_1, ISO_15444_1 ...
     * @param ratio uncompressed size / compressed size
     * @param description words for the Derivation Description, e.g. "JPEG baseline, quality 90"
     * @param keepPrimary keep Image Type value 2 PRIMARY instead of SECONDARY
     */
    public record LossyStep(String method, double ratio, String description, boolean keepPrimary) {
    }

    /**
     * Applies the attributes to {@code ds} (a copy being written) and returns what changed.
     * {@code meta} is the file meta to update with the new SOP Instance UID.
     */
    public static List<AttributeChange> apply(Dataset ds, LossyStep step, UidGenerator uids) {
        List<AttributeChange> changes = new ArrayList<>();
        set(ds, Tag.LOSSY_IMAGE_COMPRESSION, VR.CS, "01", "lossy compression (PS3.3 C.7.6.1.1.5)", changes);
        String ratio = formatRatio(step.ratio());
        append(ds, Tag.LOSSY_IMAGE_COMPRESSION_RATIO, VR.DS, ratio, "ratio of this lossy step appended", changes);
        append(ds, Tag.LOSSY_IMAGE_COMPRESSION_METHOD, VR.CS, step.method(), "method of this lossy step appended",
                changes);
        derivedImageType(ds, Tag.IMAGE_TYPE, step.keepPrimary(), changes);
        if (ds.contains(FRAME_TYPE)) {
            derivedImageType(ds, FRAME_TYPE, step.keepPrimary(), changes);
        }
        derivedFrameTypes(ds, step.keepPrimary(), changes);
        String oldUid = ds.getString(Tag.SOP_INSTANCE_UID);
        String sopClass = ds.getString(Tag.SOP_CLASS_UID);
        String newUid = uids.newUid();
        set(ds, Tag.SOP_INSTANCE_UID, VR.UI, newUid, "a lossy-compressed image is a new instance", changes);
        if (oldUid != null && sopClass != null) {
            appendItem(ds, SOURCE_IMAGE_SEQUENCE, sourceImageItem(sopClass, oldUid), changes,
                    "points at the uncompressed predecessor (121320)");
        }
        String words = "Lossy compression with " + step.description() + ", compression ratio " + ratio + ":1";
        String oldDescription = ds.getString(DERIVATION_DESCRIPTION) == null ? null
                : ds.get(DERIVATION_DESCRIPTION).string();
        String description = oldDescription == null || oldDescription.isEmpty() ? words : oldDescription + "; " + words;
        if (description.length() > 1024) { // ST holds at most 1024 characters
            description = description.substring(description.length() - 1024);
        }
        set(ds, DERIVATION_DESCRIPTION, VR.ST, description, "lossy step described (T5)", changes);
        appendItem(ds, SourceClassifier.DERIVATION_CODE_SEQUENCE,
                code(SourceClassifier.LOSSY_COMPRESSION_CODE, "Lossy Compression"), changes, "CID 7203 code 113040");
        return changes;
    }

    static String formatRatio(double ratio) {
        String s = String.format(Locale.ROOT, "%.2f", ratio);
        return s.length() > 16 ? String.format(Locale.ROOT, "%.0f", ratio) : s; // DS: at most 16 characters
    }

    private static Dataset sourceImageItem(String sopClass, String sopInstance) {
        Dataset item = new Dataset();
        item.put(DicomElement.ofString(REFERENCED_SOP_CLASS_UID, VR.UI, sopClass));
        item.put(DicomElement.ofString(REFERENCED_SOP_INSTANCE_UID, VR.UI, sopInstance));
        item.put(DicomElement.ofSequence(PURPOSE_OF_REFERENCE_CODE_SEQUENCE,
                List.of(code("121320", "Uncompressed predecessor"))));
        return item;
    }

    private static Dataset code(String value, String meaning) {
        Dataset item = new Dataset();
        item.put(DicomElement.ofString(SourceClassifier.CODE_VALUE, VR.SH, value));
        item.put(DicomElement.ofString(CODING_SCHEME_DESIGNATOR, VR.SH, "DCM"));
        item.put(DicomElement.ofString(CODE_MEANING, VR.LO, meaning));
        return item;
    }

    /** Value 1 DERIVED, value 2 SECONDARY (or kept), the other values kept. */
    private static void derivedImageType(Dataset ds, int tag, boolean keepPrimary, List<AttributeChange> changes) {
        List<String> values = new ArrayList<>(ds.getStrings(tag));
        String before = String.join("\\", values);
        if (values.isEmpty()) {
            values.add("DERIVED");
            values.add("SECONDARY");
        } else {
            values.set(0, "DERIVED");
            if (values.size() == 1) {
                values.add("SECONDARY");
            } else if (!keepPrimary) {
                values.set(1, "SECONDARY");
            }
        }
        String after = String.join("\\", values);
        if (!after.equals(before)) {
            ds.put(DicomElement.ofString(tag, VR.CS, after));
            changes.add(change(tag, before, after, "a lossy-compressed image is derived (T2)"));
        }
    }

    /** Frame Type (0008,9007) inside the functional group items of enhanced multi-frame objects. */
    private static void derivedFrameTypes(Dataset ds, boolean keepPrimary, List<AttributeChange> changes) {
        for (int groups : new int[] {SHARED_FUNCTIONAL_GROUPS, PER_FRAME_FUNCTIONAL_GROUPS}) {
            DicomElement seq = ds.get(groups);
            if (seq == null) {
                continue;
            }
            int changed = 0;
            for (Dataset frameItem : seq.items()) {
                for (DicomElement macro : frameItem.elements()) {
                    for (Dataset macroItem : macro.items()) {
                        if (macroItem.contains(FRAME_TYPE)) {
                            List<AttributeChange> local = new ArrayList<>();
                            derivedImageType(macroItem, FRAME_TYPE, keepPrimary, local);
                            changed += local.size();
                        }
                    }
                }
            }
            if (changed > 0) {
                changes.add(change(FRAME_TYPE, "", "DERIVED in " + changed + " functional group item(s) of "
                        + Tag.toString(groups), "a lossy-compressed frame is derived"));
            }
        }
    }

    private static void set(Dataset ds, int tag, VR vr, String value, String reason, List<AttributeChange> changes) {
        DicomElement old = ds.get(tag);
        String before = old == null || old.string() == null ? "" : old.string();
        ds.put(DicomElement.ofString(tag, vr, value));
        if (!before.equals(value)) {
            changes.add(change(tag, before, value, reason));
        }
    }

    private static void append(Dataset ds, int tag, VR vr, String value, String reason, List<AttributeChange> changes) {
        List<String> values = new ArrayList<>(ds.getStrings(tag));
        String before = String.join("\\", values);
        values.add(value);
        String after = String.join("\\", values);
        ds.put(DicomElement.ofString(tag, vr, after));
        changes.add(change(tag, before, after, reason));
    }

    private static void appendItem(Dataset ds, int tag, Dataset item, List<AttributeChange> changes, String reason) {
        DicomElement old = ds.get(tag);
        List<Dataset> items = new ArrayList<>(old == null ? List.of() : old.items());
        int before = items.size();
        items.add(item);
        ds.put(new DicomElement(tag, VR.SQ, new ElementValue.Items(items, false)));
        changes.add(change(tag, before + " item(s)", items.size() + " item(s)", reason));
    }

    private static AttributeChange change(int tag, String before, String after, String reason) {
        return new AttributeChange(tag, DataDictionary.standard().keyword(tag), before, after, reason);
    }
}
