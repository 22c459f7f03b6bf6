package dicodec.core.codec.jpeg.dct;

import dicodec.core.codec.jpeg.JpegReader;
import dicodec.core.codec.jpeg.ScanHeader;

/** The Java {@link EntropyDecoder}: Huffman decoding of sequential and progressive scans. */
public final class JavaHuffmanDecoder implements EntropyDecoder {
    @Override
    public void decodeScan(JpegReader reader, ScanHeader scan, CoefficientPlanes planes) {
        if (reader.frame().isProgressive()) {
            ProgressiveHuffmanDecoder.decodeScan(reader, scan, planes);
        } else {
            SequentialHuffmanDecoder.decodeScan(reader, scan, planes);
        }
    }
}
