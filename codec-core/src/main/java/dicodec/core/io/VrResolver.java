package dicodec.core.io;

import dicodec.core.dict.DataDictionary;

/**
 * Gives a definite VR to elements read in Implicit VR whose dictionary VR is ambiguous
 * (PS3.5 Annex A.1 c): "US or SS" by Pixel Representation, "OB or OW" by Bits Allocated, so
 * that an Explicit VR output states the right VR. The nearest enclosing data set that holds
 * Pixel Representation / Bits Allocated decides, as in DCMTK.
 */
public final class VrResolver {
    private VrResolver() {
    }

    public static void resolve(Dataset dataset) {
        resolve(dataset, 0, 16, DataDictionary.standard());
    }

    private static void resolve(Dataset ds, int inheritedPixelRep, int inheritedBitsAllocated, DataDictionary dict) {
        int pixelRep = ds.getInt(Tag.PIXEL_REPRESENTATION, inheritedPixelRep);
        int bitsAllocated = ds.getInt(Tag.BITS_ALLOCATED, inheritedBitsAllocated);
        for (DicomElement e : ds.elements().toArray(new DicomElement[0])) {
            if (e.value() instanceof ElementValue.Items it) {
                if (!it.implicitLittleEndian()) {
                    for (Dataset item : it.items()) {
                        resolve(item, pixelRep, bitsAllocated, dict);
                    }
                }
                continue;
            }
            DataDictionary.Entry entry = dict.lookup(e.tag());
            if (entry == null || !entry.ambiguous() || Tag.isPrivate(e.tag())) {
                continue;
            }
            VR chosen = choose(e.tag(), entry, pixelRep, bitsAllocated);
            if (chosen != e.vr()) {
                ds.put(e.withVr(chosen));
            }
        }
    }

    private static VR choose(int tag, DataDictionary.Entry entry, int pixelRep, int bitsAllocated) {
        boolean usOrSs = entry.vrs().contains(VR.US) && entry.vrs().contains(VR.SS);
        boolean obOrOw = entry.vrs().contains(VR.OB) && entry.vrs().contains(VR.OW);
        if (usOrSs) {
            // LUT descriptors: first and third values are always unsigned (PS3.3 C.11.1.1).
            if (isLutDescriptor(tag)) {
                return VR.US;
            }
            return pixelRep == 1 ? VR.SS : VR.US;
        }
        if (obOrOw) {
            if (tag == Tag.PIXEL_DATA) {
                return bitsAllocated > 8 ? VR.OW : VR.OB;
            }
            return VR.OW;
        }
        if (entry.vrs().contains(VR.OW)) {
            return VR.OW;
        }
        return entry.vr();
    }

    private static boolean isLutDescriptor(int tag) {
        return tag == 0x00281101 || tag == 0x00281102 || tag == 0x00281103 || tag == 0x00283002
                || tag == 0x00281111 || tag == 0x00281112 || tag == 0x00281113;
    }
}
