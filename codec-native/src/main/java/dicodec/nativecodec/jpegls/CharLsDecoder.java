package dicodec.nativecodec.jpegls;

import dicodec.bindings.charls.CharLS;
import dicodec.core.error.DicodecException;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.FrameDecoder;
import dicodec.nativecodec.Samples;

/**
 * Decodes one JPEG-LS frame (.80 or .81) with CharLS. The stream's header wins over the data
 * set where they differ in precision (dicom-rules E8); a stream whose size or component count
 * differs from Rows, Columns or Samples per Pixel is refused naming the attribute. JPEG-LS has
 * no sign, so signed samples are sign extended from the stream's precision to Bits Allocated
 * (dicom-rules L3). Colour comes out colour by pixel (Planar Configuration 0) whatever the
 * stream's interleave mode.
 */
public final class CharLsDecoder implements FrameDecoder {

    /** The stream's frame header: what CharLS read before decoding. */
    record Header(int width, int height, int bitsPerSample, int components, int near, int interleave) {
    }

    @Override
    public DecodedFrame decode(byte[] encoded, PixelDescription pd) {
        CharLsErrors.requireLoaded();
        Header h = readHeader(encoded);
        if (h.width() != pd.columns()) {
            throw DicodecException.badAttribute(Tag.COLUMNS, pd.columns() + ", but the JPEG-LS frame header says "
                    + h.width() + " columns");
        }
        if (h.height() != pd.rows()) {
            throw DicodecException.badAttribute(Tag.ROWS, pd.rows() + ", but the JPEG-LS frame header says "
                    + h.height() + " rows");
        }
        if (h.components() != pd.samplesPerPixel()) {
            throw DicodecException.badAttribute(Tag.SAMPLES_PER_PIXEL, pd.samplesPerPixel()
                    + ", but the JPEG-LS frame header has " + h.components() + " components");
        }
        if (h.bitsPerSample() > pd.bitsAllocated()) {
            throw DicodecException.badAttribute(Tag.BITS_ALLOCATED, pd.bitsAllocated()
                    + ", but the JPEG-LS stream has " + h.bitsPerSample() + "-bit samples");
        }
        int codecBytes = Samples.codecBytes(h.bitsPerSample());
        int pixels = h.width() * h.height();
        byte[] decoded = new byte[pixels * h.components() * codecBytes];
        byte[] stream = withEndOfImage(encoded);
        int rc = CharLS.decode(stream, stream.length, decoded, decoded.length);
        if (rc != 0) {
            throw CharLsErrors.badStream("decoding", rc);
        }
        if (h.components() > 1 && h.interleave() == JpegLsInterleave.NONE.code()) {
            decoded = Samples.planarToInterleaved(decoded, pixels, h.components(), codecBytes);
        }
        byte[] pixelsOut = Samples.fromCodec(decoded, codecBytes, h.bitsPerSample(), pd.isSigned(),
                pd.bitsAllocated() / 8);
        return new DecodedFrame(pixelsOut, pd.photometric(), 0);
    }

    /**
     * The stream, with EOI (FFD9) added when it does not end with one (padding zeros aside):
     * CharLS 2.4 spends seconds on a scan cut off without EOI before it gives up (found by
     * fuzzing, NativeDecoderFuzzTest#jpegLs; JpegLsTruncatedStreamTest), and refuses the same
     * cut-off scan at once when EOI follows it. Whole streams with bytes after the last scan
     * (seen in the test data) decode as before: CharLS stops when every line is decoded.
     */
    static byte[] withEndOfImage(byte[] encoded) {
        int end = encoded.length;
        while (end > 0 && encoded[end - 1] == 0) {
            end--;
        }
        if (end >= 2 && (encoded[end - 2] & 0xFF) == 0xFF && (encoded[end - 1] & 0xFF) == 0xD9) {
            return encoded;
        }
        byte[] closed = java.util.Arrays.copyOf(encoded, encoded.length + 2);
        closed[encoded.length] = (byte) 0xFF;
        closed[encoded.length + 1] = (byte) 0xD9;
        return closed;
    }

    static Header readHeader(byte[] encoded) {
        int[] info = new int[7];
        int rc = CharLS.readHeader(encoded, encoded.length, info);
        if (rc != 0) {
            throw CharLsErrors.badStream("reading the header of", rc);
        }
        return new Header(info[0], info[1], info[2], info[3], info[4], info[5]);
    }
}
