package dicodec.core.pixel;

import dicodec.core.error.DicodecException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the marker segments of an ISO 10918-1 (JPEG) or ISO 14495-1 (JPEG-LS) stream from SOI to
 * the first SOS and takes the frame header (SOFn) and scan header (SOS) values from them. Nothing
 * after the scan header is read: entropy-coded data needs a decoder, not a probe.
 */
final class JpegHeaderReader {
    private static final int SOF55 = 0xF7;
    private static final int SOS = 0xDA;

    private JpegHeaderReader() {
    }

    static CodestreamHeader read(FrameBytes in) {
        long len = in.length();
        List<String> warnings = new ArrayList<>();
        int process = -1;
        int precision = 0;
        int rows = 0;
        int columns = 0;
        int components = 0;
        long pos = 2; // after SOI
        while (true) {
            if (pos >= len) {
                throw fail(in, pos, "the stream ends at codestream byte " + len + " before a scan header (SOS)");
            }
            int b = in.u8(pos);
            if (b != 0xFF) {
                throw fail(in, pos, String.format("expected a marker at codestream byte %d, found 0x%02X", pos, b));
            }
            // Any number of FF fill bytes may precede a marker (T.81 B.1.1.2).
            while (pos < len && in.u8(pos) == 0xFF) {
                pos++;
            }
            if (pos >= len) {
                throw fail(in, pos, "the stream ends in fill bytes at codestream byte " + len + " before SOS");
            }
            long markerAt = pos - 1;
            int m = in.u8(pos);
            pos++;
            if (m == 0x00 || (m >= 0x02 && m <= 0xBF)) {
                throw fail(in, markerAt, String.format(
                        "FF%02X at codestream byte %d is not a valid JPEG marker", m, markerAt));
            }
            if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
                continue; // TEM and RSTn stand alone
            }
            if (m == 0xD8 || m == 0xD9) {
                throw fail(in, markerAt, String.format("%s (FF%02X) at codestream byte %d before any scan header (SOS)",
                        name(m), m, markerAt));
            }
            if (pos + 2 > len) {
                throw fail(in, markerAt, String.format("segment FF%02X (%s) at codestream byte %d has no length:"
                        + " the stream ends at byte %d", m, name(m), markerAt, len));
            }
            int segment = in.u16(pos);
            if (segment < 2) {
                throw fail(in, markerAt, String.format("segment FF%02X (%s) at codestream byte %d declares length %d,"
                        + " less than the 2 bytes of the length itself", m, name(m), markerAt, segment));
            }
            if (pos + segment > len) {
                throw fail(in, markerAt, String.format("segment FF%02X (%s) of %d bytes at codestream byte %d runs past"
                        + " the end of the data (%d bytes)", m, name(m), segment, markerAt, len));
            }
            if (isSof(m)) {
                if (process >= 0) {
                    // A second frame header only occurs in hierarchical mode, which DICOM does not use.
                    warnings.add(String.format("second frame header %s at codestream byte %d ignored", name(m), markerAt));
                } else {
                    int nf = segment >= 8 ? in.u8(pos + 7) : -1;
                    if (segment < 8 || segment != 8 + 3 * nf) {
                        throw fail(in, markerAt, String.format("%s at codestream byte %d is %d bytes long, but %s"
                                + " components need 8 + 3 x Nf = %s", name(m), markerAt, segment,
                                nf < 0 ? "its" : nf, nf < 0 ? "at least 8" : 8 + 3 * nf));
                    }
                    process = m == SOF55 ? 55 : m - 0xC0;
                    precision = in.u8(pos + 2);
                    rows = in.u16(pos + 3);
                    columns = in.u16(pos + 5);
                    components = nf;
                }
            } else if (m == SOS) {
                if (process < 0) {
                    throw fail(in, markerAt, "scan header (SOS) at codestream byte " + markerAt
                            + " before any frame header (SOFn)");
                }
                int ns = segment >= 3 ? in.u8(pos + 2) : -1;
                if (segment < 6 || segment != 6 + 2 * ns) {
                    throw fail(in, markerAt, String.format("SOS at codestream byte %d is %d bytes long, but %s"
                            + " components need 6 + 2 x Ns = %s", markerAt, segment, ns < 0 ? "its" : ns,
                            ns < 0 ? "at least 6" : 6 + 2 * ns));
                }
                long p = pos + 3 + 2L * ns;
                int ss = in.u8(p);
                int se = in.u8(p + 1);
                int al = in.u8(p + 2) & 0x0F;
                int predictor = -1;
                int pointTransform = -1;
                int near = -1;
                CompressionFamily family = CompressionFamily.JPEG;
                if (process == 55) {
                    // T.87 C.2.3: the SOS fields Ss, Se carry NEAR and ILV.
                    family = CompressionFamily.JPEG_LS;
                    near = ss;
                    pointTransform = al;
                } else if (process == 3 || process == 7 || process == 11 || process == 15) {
                    predictor = ss;
                    pointTransform = al;
                    if (ss < 1 || ss > 7) {
                        warnings.add("lossless scan with predictor (Ss) " + ss + ", not 1 to 7");
                    }
                }
                if (se > 63 && process != 55) {
                    warnings.add("SOS Se " + se + " is above 63");
                }
                return new CodestreamHeader(family, process, precision, rows, columns, components, false,
                        predictor, pointTransform, near, false, false, false, null, false, 0, warnings);
            }
            pos += segment;
        }
    }

    /** SOF0-3, 5-7, 9-11, 13-15 and JPEG-LS SOF55; C4 (DHT), C8 (JPG) and CC (DAC) are not frames. */
    private static boolean isSof(int m) {
        return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC || m == SOF55;
    }

    static String name(int m) {
        if (m == SOF55) {
            return "SOF55";
        }
        if (isSof(m)) {
            return "SOF" + (m - 0xC0);
        }
        if (m >= 0xD0 && m <= 0xD7) {
            return "RST" + (m - 0xD0);
        }
        if (m >= 0xE0 && m <= 0xEF) {
            return "APP" + (m - 0xE0);
        }
        switch (m) {
            case 0xC4: return "DHT";
            case 0xC8: return "JPG";
            case 0xCC: return "DAC";
            case 0xD8: return "SOI";
            case 0xD9: return "EOI";
            case 0xDA: return "SOS";
            case 0xDB: return "DQT";
            case 0xDC: return "DNL";
            case 0xDD: return "DRI";
            case 0xDE: return "DHP";
            case 0xDF: return "EXP";
            case 0xF8: return "LSE";
            case 0xFE: return "COM";
            default: return "JPG" + (m - 0xF0);
        }
    }

    private static DicodecException fail(FrameBytes in, long pos, String detail) {
        return DicodecException.badInputAt(in.fileOffset(pos), detail);
    }
}
