package dicodec.core.codec.jpeg.dct;

/**
 * The colour conversion stage between RGB and the YCbCr of JFIF (T.871 section 7, the
 * full-range form DICOM calls YBR_FULL), in place on three full-size planes.
 */
public interface ColourConverter {
    /** Y, Cb, Cr planes become R, G, B planes (the same arrays). */
    void yccToRgb(short[] y, short[] cb, short[] cr, int count, int precision);

    /** R, G, B planes become Y, Cb, Cr planes (the same arrays). */
    void rgbToYcc(short[] r, short[] g, short[] b, int count, int precision);
}
