package dicodec.core.codec.jpeg.dct;

/**
 * The colour conversion stage between RGB and the YCbCr of JFIF (T.871 section 7, the
 * full-range form DICOM calls YBR_FULL), in place on three full-size planes.
 */
public interface ColourConverter {
    /**
     * Y, Cb, Cr planes (row stride {@code stride}) to a native frame: R G B interleaved
     * (Planar Configuration 0), samples of {@code bytesPerSample} bytes, Little Endian. The last
     * step of decoding, so that the samples are written once.
     */
    void yccToRgb(short[] y, short[] cb, short[] cr, int stride, int width, int height, int precision, byte[] out,
            int bytesPerSample);

    /** R, G, B planes become Y, Cb, Cr planes (the same arrays). */
    void rgbToYcc(short[] r, short[] g, short[] b, int count, int precision);
}
