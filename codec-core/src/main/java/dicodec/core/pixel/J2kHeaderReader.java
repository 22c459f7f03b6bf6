package dicodec.core.pixel;

import dicodec.core.error.DicodecException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the main header of an ISO 15444-1 codestream (SIZ, COD, CAP) and walks its chain of
 * tile-parts by their SOT lengths (Psot) up to EOC, without touching packet data. The walk is
 * what finds codestreams that a decoder chokes on after the last tile-part, such as the COM
 * marker in pylibjpeg-data's 966.dcm, at a cost of 12 bytes per tile-part.
 *
 * <p>A JP2 file (ISO 15444-1 Annex I), which some writers put in Pixel Data against PS3.5
 * A.4.4, is opened to its contiguous codestream box (jp2c) and the codestream in it is read.
 */
final class J2kHeaderReader {
    private static final int SOC = 0xFF4F;
    private static final int CAP = 0xFF50;
    private static final int SIZ = 0xFF51;
    private static final int COD = 0xFF52;
    private static final int SOT = 0xFF90;
    private static final int EOC = 0xFFD9;
    private static final long BOX_JP2C = 0x6A703263L; // "jp2c"
    /** Pcap bit of Part 15 (HTJ2K): bit 2^(32 - 15) (ISO 15444-1 A.5.2, Table A.15a). */
    private static final long PCAP_PART15 = 1L << 17;
    /** Rsiz bit 14 flags an HTJ2K codestream (ISO 15444-15 Table A.2). */
    private static final int RSIZ_HT = 1 << 14;
    private static final String[] PROGRESSIONS = {"LRCP", "RLCP", "RPCL", "PCRL", "CPRL"};

    private J2kHeaderReader() {
    }

    /** True when the bytes start with the JP2 signature box (00 00 00 0C 6A 50 20 20). */
    static boolean isJp2(FrameBytes in) {
        return in.length() >= 12 && in.u32(0) == 0x0000000CL && in.u32(4) == 0x6A502020L;
    }

    /** Finds the jp2c box among the top-level boxes and reads the codestream inside it. */
    static CodestreamHeader readJp2(FrameBytes in) {
        long len = in.length();
        long pos = 0;
        while (pos + 8 <= len) {
            long box = in.u32(pos);
            long type = in.u32(pos + 4);
            int header = 8;
            if (box == 1) {
                if (pos + 16 > len) {
                    break;
                }
                box = in.u64(pos + 8);
                header = 16;
            } else if (box == 0) {
                box = len - pos; // the last box runs to the end
            }
            if (box < header) {
                throw fail(in, pos, "JP2 box at byte " + pos + " declares " + box + " bytes, less than its header");
            }
            if (type == BOX_JP2C) {
                long content = Math.min(box, len - pos) - header;
                return read(in.view(pos + header, content), true);
            }
            pos += box;
        }
        throw fail(in, Math.min(pos, len), "JP2 data without a contiguous codestream box (jp2c)");
    }

    static CodestreamHeader read(FrameBytes in, boolean jp2Wrapped) {
        long len = in.length();
        List<String> warnings = new ArrayList<>();
        if (len < 4 || in.u16(0) != SOC) {
            throw fail(in, 0, "the codestream does not start with SOC (FF4F)");
        }
        if (in.u16(2) != SIZ) {
            throw fail(in, 2, String.format("SOC is followed by %04X, not SIZ (FF51), at codestream byte 2",
                    in.u16(2)));
        }
        if (len < 6) {
            throw fail(in, 2, "the codestream ends inside SIZ");
        }
        int lsiz = in.u16(4);
        if (lsiz < 41 || 4 + lsiz > len) {
            throw fail(in, 2, "SIZ at codestream byte 2 declares " + lsiz + " bytes: "
                    + (lsiz < 41 ? "fewer than the 41 of one component" : "it runs past the end of the data (" + len
                            + " bytes)"));
        }
        int rsiz = in.u16(6);
        long xsiz = in.u32(8);
        long ysiz = in.u32(12);
        long xosiz = in.u32(16);
        long yosiz = in.u32(20);
        int csiz = in.u16(40);
        if (lsiz != 38 + 3 * csiz) {
            throw fail(in, 2, "SIZ at codestream byte 2 is " + lsiz + " bytes, but " + csiz
                    + " components need 38 + 3 x Csiz = " + (38 + 3 * csiz));
        }
        int ssiz = in.u8(42);
        int precision = (ssiz & 0x7F) + 1;
        boolean signed = (ssiz & 0x80) != 0;
        for (int c = 1; c < csiz; c++) {
            int s = in.u8(42 + 3L * c);
            if (s != ssiz) {
                warnings.add("component " + c + " has precision " + ((s & 0x7F) + 1) + (s >= 0x80 ? " signed" : "")
                        + ", component 0 " + precision + (signed ? " signed" : "") + "; component 0 is reported");
                break;
            }
        }
        boolean htj2k = (rsiz & RSIZ_HT) != 0;
        boolean capSeen = false;
        boolean codSeen = false;
        boolean reversible = false;
        boolean mct = false;
        String progression = null;
        long pos = 4 + lsiz;
        while (true) {
            if (pos + 2 > len) {
                throw fail(in, pos, "the main header ends at codestream byte " + len + " without a tile-part (SOT FF90)");
            }
            int m = in.u16(pos);
            if (m == SOT) {
                break;
            }
            if (m < 0xFF50 || m > 0xFF7F) {
                throw fail(in, pos, String.format("%s at codestream byte %d in the main header; expected a marker"
                        + " segment (FF50 to FF7F) or SOT (FF90)", describe(m), pos));
            }
            if (pos + 4 > len) {
                throw fail(in, pos, String.format("marker %04X (%s) at codestream byte %d has no length", m, name(m), pos));
            }
            int segment = in.u16(pos + 2);
            if (segment < 2 || pos + 2 + segment > len) {
                throw fail(in, pos, String.format("segment %04X (%s) of %d bytes at codestream byte %d %s", m, name(m),
                        segment, pos, segment < 2 ? "is shorter than its length field"
                                : "runs past the end of the data (" + len + " bytes)"));
            }
            if (m == COD) {
                if (segment < 12) {
                    throw fail(in, pos, "COD at codestream byte " + pos + " is " + segment + " bytes, fewer than 12");
                }
                codSeen = true;
                int order = in.u8(pos + 5);
                progression = order < PROGRESSIONS.length ? PROGRESSIONS[order] : "unknown (" + order + ")";
                mct = in.u8(pos + 8) != 0;
                reversible = in.u8(pos + 13) == 1;
            } else if (m == CAP && segment >= 6) {
                capSeen = true;
                htj2k |= (in.u32(pos + 4) & PCAP_PART15) != 0;
            }
            pos += 2 + segment;
        }
        if (!codSeen) {
            throw fail(in, pos, "the main header has no COD (FF52) marker segment");
        }
        if ((rsiz & RSIZ_HT) != 0 && !capSeen) {
            // 15444-15 requires CAP with Rsiz bit 14; without it the bit may be damage.
            warnings.add(String.format("Rsiz %04X has bit 14 (HTJ2K) set but the main header has no CAP (FF50)"
                    + " marker", rsiz));
        }
        int tileParts = walkTileParts(in, pos, warnings);
        return new CodestreamHeader(htj2k ? CompressionFamily.HTJ2K : CompressionFamily.JPEG_2000, -1, precision,
                ysiz - yosiz, xsiz - xosiz, csiz, signed, -1, -1, -1, jp2Wrapped, reversible, mct, progression, htj2k,
                tileParts, warnings);
    }

    /**
     * Follows Psot from the first SOT: each tile-part must be followed by another SOT or by EOC.
     * Psot 0 means the tile-part runs to EOC (ISO 15444-1 A.4.2), so the walk stops there.
     *
     * @return the number of tile-parts walked
     */
    private static int walkTileParts(FrameBytes in, long pos, List<String> warnings) {
        long len = in.length();
        int count = 0;
        long lastStart = -1;
        while (true) {
            if (len - pos < 2) {
                // Tolerated: the stream simply stops after the last tile-part.
                warnings.add("the codestream ends after tile-part " + count + " without EOC (FFD9)");
                return count;
            }
            int m = in.u16(pos);
            if (m == EOC) {
                if (len - pos - 2 > 1) {
                    warnings.add((len - pos - 2) + " bytes after EOC (FFD9) at codestream byte " + pos + " ignored");
                }
                return count;
            }
            if (m != SOT) {
                String after = count == 0 ? "" : " after the tile-part at codestream byte " + lastStart;
                throw fail(in, pos, String.format("unexpected %s at codestream byte %d%s; expected SOT (FF90) or EOC"
                        + " (FFD9)", describe(m), pos, after));
            }
            if (pos + 12 > len) {
                throw fail(in, pos, "SOT at codestream byte " + pos + " is cut short: the codestream ends at byte " + len);
            }
            int lsot = in.u16(pos + 2);
            if (lsot != 10) {
                throw fail(in, pos, "SOT at codestream byte " + pos + " declares length " + lsot + ", not 10");
            }
            long psot = in.u32(pos + 6);
            count++;
            lastStart = pos;
            if (psot == 0) {
                return count;
            }
            if (psot < 14) {
                throw fail(in, pos, "SOT at codestream byte " + pos + " gives tile-part length (Psot) " + psot
                        + ", less than the 14 bytes of SOT and SOD");
            }
            if (pos + psot > len) {
                throw fail(in, pos, "tile-part at codestream byte " + pos + " declares " + psot + " bytes (Psot),"
                        + " running to byte " + (pos + psot) + ", past the end of the codestream (" + len
                        + " bytes): the data is truncated");
            }
            pos += psot;
        }
    }

    /** "marker FF64 (COM)", or "bytes 12 34" when the two bytes are not a marker at all. */
    private static String describe(int twoBytes) {
        if ((twoBytes >>> 8) != 0xFF) {
            return String.format("bytes %02X %02X (not a marker)", twoBytes >>> 8, twoBytes & 0xFF);
        }
        return String.format("marker %04X (%s)", twoBytes, name(twoBytes));
    }

    static String name(int m) {
        switch (m) {
            case 0xFF4F: return "SOC";
            case 0xFF50: return "CAP";
            case 0xFF51: return "SIZ";
            case 0xFF52: return "COD";
            case 0xFF53: return "COC";
            case 0xFF55: return "TLM";
            case 0xFF57: return "PLM";
            case 0xFF58: return "PLT";
            case 0xFF59: return "CPF";
            case 0xFF5C: return "QCD";
            case 0xFF5D: return "QCC";
            case 0xFF5E: return "RGN";
            case 0xFF5F: return "POC";
            case 0xFF60: return "PPM";
            case 0xFF61: return "PPT";
            case 0xFF63: return "CRG";
            case 0xFF64: return "COM";
            case 0xFF90: return "SOT";
            case 0xFF91: return "SOP";
            case 0xFF92: return "EPH";
            case 0xFF93: return "SOD";
            case 0xFFD9: return "EOC";
            default: return m >= 0xFF70 && m <= 0xFF7F ? "Part 2 marker" : "unknown";
        }
    }

    private static DicodecException fail(FrameBytes in, long pos, String detail) {
        return DicodecException.badInputAt(in.fileOffset(pos), detail);
    }
}
