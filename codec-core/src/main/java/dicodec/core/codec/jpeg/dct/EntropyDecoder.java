package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.JpegReader;
import dicodec.core.codec.jpeg.ScanHeader;

/**
 * The entropy decoding stage of the DCT processes: one scan's entropy-coded data into the
 * frame's quantised coefficients (T.81 F.2.2 sequential, G.2 progressive).
 */
public interface EntropyDecoder {
    /**
     * Decodes {@code scan}, whose header {@code reader} has just returned, into {@code planes};
     * afterwards {@code reader} is positioned at the marker after the scan's data.
     */
    void decodeScan(JpegReader reader, ScanHeader scan, CoefficientPlanes planes);
}
