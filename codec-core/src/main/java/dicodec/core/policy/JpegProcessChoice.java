package dicodec.core.policy;

import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;

/**
 * Lossy JPEG by Bits Stored (dicom-rules 5.4, REQ-BITS-1/2): Process 1 (.50) holds 8-bit
 * samples in 8 bits, Process 4 (.51) 9 to 12-bit samples (and 8-bit ones in a 16-bit
 * container); above 12 bits, and for 1-bit data, there is no lossy JPEG at all.
 */
public final class JpegProcessChoice {
    /** Warning code when the precision rules out lossy JPEG (REQ-BITS-2). */
    public static final String UNSUPPORTED_PRECISION = "LOSSY_JPEG_UNSUPPORTED_PRECISION";

    private JpegProcessChoice() {
    }

    /**
     * The outcome.
     *
     * @param target the lossy JPEG syntax to write, or null when none can hold the pixels
     * @param note why the syntax differs from the one asked, or why none fits; null when as asked
     */
    public record Choice(TransferSyntax target, String note) {
    }

    public static boolean isLossyJpeg(TransferSyntax ts) {
        return ts.uid().equals(TransferSyntaxes.JPEG_BASELINE.uid()) || ts.uid().equals(TransferSyntaxes.JPEG_EXTENDED.uid());
    }

    public static Choice choose(TransferSyntax asked, PixelDescription pd) {
        int bs = pd.bitsStored();
        if (pd.isFloat() || pd.bitsAllocated() == 1 || bs > 12 || pd.bitsAllocated() > 16) {
            return new Choice(null, UNSUPPORTED_PRECISION + ": no lossy JPEG process holds Bits Stored (0028,0101) "
                    + (pd.isFloat() ? "of float pixel data" : String.valueOf(bs)) + " in Bits Allocated (0028,0100) "
                    + pd.bitsAllocated() + " (PS3.5 Table 8.2.1-1: 8 or 12 bits)");
        }
        boolean needsProcess4 = bs > 8 || pd.bitsAllocated() > 8;
        if (needsProcess4 && asked.uid().equals(TransferSyntaxes.JPEG_BASELINE.uid())) {
            return new Choice(TransferSyntaxes.JPEG_EXTENDED, "Bits Stored " + bs + " in Bits Allocated "
                    + pd.bitsAllocated() + " needs JPEG Extended (Process 4, 12-bit): "
                    + TransferSyntaxes.JPEG_EXTENDED.uid() + " written instead of " + asked.uid());
        }
        return new Choice(asked, null);
    }
}
