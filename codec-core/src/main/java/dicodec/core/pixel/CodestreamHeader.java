package dicodec.core.pixel;

import dicodec.core.error.DicodecException;
import dicodec.core.io.BulkRef;
import java.util.ArrayList;
import java.util.List;

/**
 * What the header of one frame's compressed bit stream says, read without decoding (PS3.5 8.2:
 * the stream's values win over the data set's, so the transcoder checks them before it trusts
 * Rows, Columns or Bits Stored; dicom-rules E8). {@link #probe} reads only header bytes: marker
 * segments up to the first scan for JPEG and JPEG-LS; the main header and the SOT of each
 * tile-part for JPEG 2000 and HTJ2K.
 *
 * @param family JPEG, JPEG_LS, JPEG_2000 or HTJ2K, from the stream (not from the syntax)
 * @param process JPEG: the SOFn number (0 baseline, 1 extended, 2 progressive, 3 lossless ...),
 *     55 for JPEG-LS (SOF55, FFF7); -1 for JPEG 2000
 * @param precision bits per sample (JPEG P; JPEG 2000: Ssiz of component 0)
 * @param rows lines (JPEG Y: 0 when a DNL marker gives it later; JPEG 2000 Ysiz - YOsiz)
 * @param columns samples per line (JPEG X; JPEG 2000 Xsiz - XOsiz)
 * @param components JPEG Nf, JPEG 2000 Csiz
 * @param signed JPEG 2000 Ssiz sign bit of component 0; always false for JPEG and JPEG-LS,
 *     whose streams have no sign
 * @param predictor JPEG lossless selection value (SOS Ss, 1 to 7); -1 otherwise
 * @param pointTransform JPEG lossless and JPEG-LS point transform (SOS Al); -1 otherwise
 * @param near JPEG-LS NEAR (SOS Ss; 0 is lossless); -1 otherwise
 * @param jp2Wrapped the JPEG 2000 codestream was inside a JP2 file (non-conformant, K4)
 * @param reversible JPEG 2000 COD wavelet: true for 5/3 reversible, false for 9/7
 * @param multiComponentTransform JPEG 2000 COD: a colour transform (RCT or ICT) is used
 * @param progressionOrder JPEG 2000 COD: LRCP, RLCP, RPCL, PCRL or CPRL; null for JPEG
 * @param htj2k Part 15 (CAP with the Part 15 bit, or Rsiz bit 14)
 * @param tileParts JPEG 2000 tile-parts walked; 0 for JPEG
 * @param warnings oddities that do not stop a decoder (no EOC, bytes after EOC)
 */
public record CodestreamHeader(CompressionFamily family, int process, int precision, long rows, long columns,
        int components, boolean signed, int predictor, int pointTransform, int near, boolean jp2Wrapped,
        boolean reversible, boolean multiComponentTransform, String progressionOrder, boolean htj2k, int tileParts,
        List<String> warnings) {

    public CodestreamHeader {
        warnings = List.copyOf(warnings);
    }

    /**
     * Probes the frame made of {@code fragments}, read where they lie.
     *
     * @throws DicodecException BAD_INPUT with the codestream byte (and the file offset) of the
     *     fault: not a JPEG / JPEG-LS / JPEG 2000 stream, an invalid marker, a segment running
     *     past the data, a tile-part followed by something else than SOT or EOC
     */
    public static CodestreamHeader probe(List<BulkRef> fragments) {
        return probe(FrameBytes.of(fragments));
    }

    /** Probes a frame held in memory. */
    public static CodestreamHeader probe(byte[] frame) {
        return probe(FrameBytes.of(frame));
    }

    /** Probes frame {@code frame} (0-based) of {@code frames}; errors name the frame (1-based). */
    public static CodestreamHeader probe(EncapsulatedFrames frames, int frame) {
        List<BulkRef> fragments = frames.fragments(frame);
        try {
            return probe(fragments);
        } catch (DicodecException e) {
            throw e.inFrame(frame + 1);
        }
    }

    private static CodestreamHeader probe(FrameBytes in) {
        long len = in.length();
        if (len >= 2 && in.u16(0) == 0xFFD8) {
            return JpegHeaderReader.read(in);
        }
        if (len >= 2 && in.u16(0) == 0xFF4F) {
            return J2kHeaderReader.read(in, false);
        }
        if (J2kHeaderReader.isJp2(in)) {
            return J2kHeaderReader.readJp2(in);
        }
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < Math.min(4, len); i++) {
            start.append(String.format(" %02X", in.u8(i)));
        }
        throw DicodecException.badInputAt(in.fileOffset(0), "not a JPEG, JPEG-LS or JPEG 2000 stream: it starts with"
                + (len == 0 ? " nothing (0 bytes)" : start.toString()) + ", not SOI (FF D8), SOC (FF 4F) or a JP2"
                + " signature");
    }

    /** The name of the JPEG process, or of the JPEG 2000 coding path. */
    public String processName() {
        if (family == CompressionFamily.JPEG_2000 || family == CompressionFamily.HTJ2K) {
            return (htj2k ? "HTJ2K " : "JPEG 2000 ") + (reversible ? "5/3 reversible" : "9/7 irreversible");
        }
        switch (process) {
            case 0: return "baseline DCT (SOF0)";
            case 1: return "extended DCT (SOF1)";
            case 2: return "progressive DCT (SOF2)";
            case 3: return "lossless (SOF3)";
            case 55: return "JPEG-LS (SOF55)";
            case 5: return "differential sequential DCT (SOF5)";
            case 6: return "differential progressive DCT (SOF6)";
            case 7: return "differential lossless (SOF7)";
            case 9: return "extended DCT, arithmetic (SOF9)";
            case 10: return "progressive DCT, arithmetic (SOF10)";
            case 11: return "lossless, arithmetic (SOF11)";
            case 13: return "differential sequential DCT, arithmetic (SOF13)";
            case 14: return "differential progressive DCT, arithmetic (SOF14)";
            case 15: return "differential lossless, arithmetic (SOF15)";
            default: return "SOF" + process;
        }
    }

    /**
     * Compares the stream with the data set's description. Size and number of components must
     * agree: no decoder can make the stream into the described image otherwise. Precision and
     * signedness may differ (693_J2KR: precision 16, Bits Stored 14); the decoder follows the
     * stream, so those are warnings, unless the precision does not fit in Bits Allocated.
     */
    public HeaderCheck compareWith(PixelDescription pd) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean jpegFamily = family == CompressionFamily.JPEG || family == CompressionFamily.JPEG_LS;
        if (columns != pd.columns()) {
            errors.add("the stream has " + columns + " columns, Columns (0028,0011) is " + pd.columns());
        }
        if (rows == 0 && jpegFamily) {
            warnings.add("the frame header gives 0 lines: the height comes in a DNL marker after the first scan,"
                    + " Rows (0028,0010) " + pd.rows() + " is not checked");
        } else if (rows != pd.rows()) {
            errors.add("the stream has " + rows + " rows, Rows (0028,0010) is " + pd.rows());
        }
        if (components != pd.samplesPerPixel()) {
            errors.add("the stream has " + components + (components == 1 ? " component" : " components")
                    + ", Samples per Pixel (0028,0002) is " + pd.samplesPerPixel());
        }
        if (!pd.isFloat()) {
            if (precision > pd.bitsAllocated()) {
                errors.add("the stream's precision " + precision + " does not fit in Bits Allocated (0028,0100) "
                        + pd.bitsAllocated());
            } else if (precision != pd.bitsStored()) {
                warnings.add("the stream's precision " + precision + " differs from Bits Stored (0028,0101) "
                        + pd.bitsStored() + "; the decoder follows the stream");
            }
            if (!jpegFamily && signed != pd.isSigned()) {
                warnings.add("the stream's samples are " + (signed ? "signed" : "unsigned")
                        + ", Pixel Representation (0028,0103) is " + pd.pixelRepresentation()
                        + "; the decoder follows the stream");
            }
        }
        return new HeaderCheck(errors, warnings);
    }

    /** One line: "JPEG 2000 5/3 reversible, 512x512, 1 component, 16-bit unsigned, LRCP, 1 tile-part". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(processName()).append(", ").append(rows).append('x').append(columns)
                .append(", ").append(components).append(components == 1 ? " component, " : " components, ")
                .append(precision).append("-bit");
        if (family == CompressionFamily.JPEG_2000 || family == CompressionFamily.HTJ2K) {
            sb.append(signed ? " signed" : " unsigned").append(multiComponentTransform ? ", MCT" : "")
                    .append(", ").append(progressionOrder).append(", ").append(tileParts)
                    .append(tileParts == 1 ? " tile-part" : " tile-parts").append(jp2Wrapped ? ", in a JP2 wrapper" : "");
        } else if (family == CompressionFamily.JPEG_LS) {
            sb.append(", NEAR ").append(near);
        } else if (predictor >= 0) {
            sb.append(", predictor ").append(predictor).append(", point transform ").append(pointTransform);
        }
        if (!warnings.isEmpty()) {
            sb.append(" (").append(warnings.size()).append(warnings.size() == 1 ? " warning)" : " warnings)");
        }
        return sb.toString();
    }
}
