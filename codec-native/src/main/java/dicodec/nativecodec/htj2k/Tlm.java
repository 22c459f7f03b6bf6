package dicodec.nativecodec.htj2k;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import java.io.ByteArrayOutputStream;

/**
 * Adds a TLM (tile-part lengths, ISO 15444-1 A.7.1) marker segment to the main header of a
 * codestream that has none. PS3.5 10.18 requires TLM for HTJ2K with RPCL Options (.202); OpenJPH
 * 0.9 cannot write it, so it goes in here: just before the first SOT, one entry per tile-part
 * (Ttlm the tile index, 1 byte, or 2 above 255 tiles; Ptlm the tile-part length, 4 bytes), as
 * the SOT segments state them.
 */
public final class Tlm {
    static final int SOC = 0xFF4F;
    static final int SOT = 0xFF90;
    static final int TLM = 0xFF55;
    static final int EOC = 0xFFD9;

    private Tlm() {
    }

    /** {@code cs} with a TLM segment before its first tile-part. */
    public static byte[] insert(byte[] cs) {
        if (u16(cs, 0) != SOC) {
            throw internal("the codestream does not start with SOC");
        }
        int pos = 2;
        while (pos + 4 <= cs.length && u16(cs, pos) != SOT) {
            if (u16(cs, pos) == TLM) {
                return cs; // already there
            }
            pos += 2 + u16(cs, pos + 2);
        }
        int firstSot = pos;
        java.util.List<long[]> parts = new java.util.ArrayList<>();
        int maxTile = 0;
        while (pos + 12 <= cs.length && u16(cs, pos) == SOT) {
            int tile = u16(cs, pos + 4);
            long length = u32(cs, pos + 6);
            if (length == 0) {
                length = cs.length - pos - 2; // the last tile-part may say "to the end" (before EOC)
            }
            parts.add(new long[] {tile, length});
            maxTile = Math.max(maxTile, tile);
            pos += (int) length;
        }
        if (parts.isEmpty() || pos + 2 > cs.length || u16(cs, pos) != EOC) {
            throw internal("tile-parts do not end at EOC (at byte " + pos + ")");
        }
        boolean wideTiles = maxTile > 255;
        int entry = (wideTiles ? 2 : 1) + 4;
        int segment = 4 + parts.size() * entry; // Ltlm counts itself, Ztlm and Stlm
        if (segment > 0xFFFF) {
            throw internal(parts.size() + " tile-parts do not fit in one TLM segment");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(cs.length + segment + 2);
        out.write(cs, 0, firstSot);
        put16(out, TLM);
        put16(out, segment);
        out.write(0); // Ztlm: the first TLM segment
        out.write((wideTiles ? 2 : 1) << 4 | 1 << 6); // Stlm: ST = 1 or 2 bytes, SP = 4-byte lengths
        for (long[] p : parts) {
            if (wideTiles) {
                put16(out, (int) p[0]);
            } else {
                out.write((int) p[0]);
            }
            put16(out, (int) (p[1] >>> 16));
            put16(out, (int) p[1]);
        }
        out.write(cs, firstSot, cs.length - firstSot);
        return out.toByteArray();
    }

    private static int u16(byte[] b, int at) {
        return at + 2 <= b.length ? (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF) : -1;
    }

    private static long u32(byte[] b, int at) {
        return (long) u16(b, at) << 16 | u16(b, at + 2);
    }

    private static void put16(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8 & 0xFF);
        out.write(v & 0xFF);
    }

    private static DicodecException internal(String what) {
        return new DicodecException(ErrorKind.INTERNAL, "HTJ2K TLM insertion: " + what);
    }
}
