package dicodec.core.video;

/**
 * The data-parallel part of {@link VideoColour}: 8-bit RGB to the studio-range 4:2:0 Y'CbCr of
 * YBR_PARTIAL_420 (PS3.3 C.7.6.3.1.2) and back. Twin {@link JavaVideoColourConverter}; an OpenCL
 * provider gives its bytes. The rarer inputs (grey, YBR_FULL) stay in {@link VideoColour}.
 */
public interface VideoColourConverter {
    /**
     * @param frame width x height RGB pixels, by pixel (R G B R G B ...) or, when {@code planar},
     *     by plane (all R, all G, all B)
     * @param y receives width x height luma samples
     * @param cb receives (width + 1) / 2 x (height + 1) / 2 samples, the rounded mean of each
     *     2 x 2 block's chroma (fewer pixels at odd edges)
     * @param cr as cb
     */
    void rgbToPicture(byte[] frame, int width, int height, boolean planar, byte[] y, byte[] cb, byte[] cr);

    /**
     * @param fullRange the stream's video_full_range_flag: JFIF equations instead of studio range
     * @param out receives width x height RGB pixels, by pixel; chroma repeats over its 2 x 2 block
     */
    void pictureToRgb(byte[] y, byte[] cb, byte[] cr, int width, int height, boolean fullRange, byte[] out);
}
