package dicodec.core.io;

/**
 * Value Representations of PS3.5 section 6.2, with the encoding facts a reader and writer need:
 * header form in explicit VR, byte-swap unit for Big Endian, and the padding byte for odd lengths.
 */
public enum VR {
    AE(Kind.TEXT, 0), AS(Kind.TEXT, 0), AT(Kind.BINARY, 2), CS(Kind.TEXT, 0), DA(Kind.TEXT, 0),
    DS(Kind.TEXT, 0), DT(Kind.TEXT, 0), FD(Kind.BINARY, 8), FL(Kind.BINARY, 4), IS(Kind.TEXT, 0),
    LO(Kind.TEXT, 0), LT(Kind.TEXT, 0), OB(Kind.BINARY, 1), OD(Kind.BINARY, 8), OF(Kind.BINARY, 4),
    OL(Kind.BINARY, 4), OV(Kind.BINARY, 8), OW(Kind.BINARY, 2), PN(Kind.TEXT, 0), SH(Kind.TEXT, 0),
    SL(Kind.BINARY, 4), SQ(Kind.SEQUENCE, 0), SS(Kind.BINARY, 2), ST(Kind.TEXT, 0), SV(Kind.BINARY, 8),
    TM(Kind.TEXT, 0), UC(Kind.TEXT, 0), UI(Kind.UID, 0), UL(Kind.BINARY, 4), UN(Kind.BINARY, 1),
    UR(Kind.TEXT, 0), US(Kind.BINARY, 2), UT(Kind.TEXT, 0), UV(Kind.BINARY, 8);

    enum Kind { TEXT, UID, BINARY, SEQUENCE }

    private final Kind kind;
    private final int swapUnit;

    VR(Kind kind, int swapUnit) {
        this.kind = kind;
        this.swapUnit = swapUnit;
    }

    /** Explicit VR: these VRs have 2 reserved bytes and a 32-bit length (PS3.5 7.1.2). */
    public boolean hasLongHeader() {
        switch (this) {
            case OB: case OD: case OF: case OL: case OV: case OW: case SQ:
            case SV: case UC: case UN: case UR: case UT: case UV:
                return true;
            default:
                return false;
        }
    }

    /** Size of the unit whose bytes are reversed between Little and Big Endian; 0 or 1 = never. */
    public int swapUnit() {
        return swapUnit;
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    public boolean isBinary() {
        return kind == Kind.BINARY;
    }

    /** Odd values are padded with a space for text, NUL for UIDs and binary (PS3.5 6.2). */
    public byte paddingByte() {
        return kind == Kind.TEXT ? (byte) ' ' : 0;
    }

    /** The two ASCII bytes of an explicit VR header, or null when they name no VR. */
    public static VR fromCode(int b0, int b1) {
        if (b0 < 'A' || b0 > 'Z' || b1 < 'A' || b1 > 'Z') {
            return null;
        }
        String code = new String(new char[] {(char) b0, (char) b1});
        try {
            return VR.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
