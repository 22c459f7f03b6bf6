package dicodec.core.render;

import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an attribute that applies to one frame is found: in an enhanced object, inside a
 * macro's sequence in that frame's item of the Per-Frame Functional Groups Sequence
 * (5200,9230), else in the Shared Functional Groups Sequence (5200,9229) (PS3.3 C.7.6.16);
 * in a classic object, at the top level.
 */
final class FunctionalGroups {
    static final int SHARED = 0x52009229;
    static final int PER_FRAME = 0x52009230;

    private FunctionalGroups() {
    }

    /**
     * The data sets to search, most specific first: the first item of {@code macroSequence} in
     * frame {@code frameIndex}'s per-frame group, then in the shared group, then the top level.
     */
    static List<Dataset> scopes(Dataset ds, int frameIndex, int macroSequence) {
        List<Dataset> out = new ArrayList<>(3);
        DicomElement perFrame = ds.get(PER_FRAME);
        if (perFrame != null && frameIndex >= 0 && frameIndex < perFrame.items().size()) {
            addMacro(perFrame.items().get(frameIndex), macroSequence, out);
        }
        DicomElement shared = ds.get(SHARED);
        if (shared != null && !shared.items().isEmpty()) {
            addMacro(shared.items().get(0), macroSequence, out);
        }
        out.add(ds);
        return out;
    }

    private static void addMacro(Dataset group, int macroSequence, List<Dataset> out) {
        DicomElement macro = group.get(macroSequence);
        if (macro != null && !macro.items().isEmpty()) {
            out.add(macro.items().get(0));
        }
    }

    /** The first value of a DS / IS attribute, or NaN when absent, empty or not a number. */
    static double decimal(Dataset ds, int tag) {
        String s;
        try {
            s = ds.getString(tag);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
        if (s == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
