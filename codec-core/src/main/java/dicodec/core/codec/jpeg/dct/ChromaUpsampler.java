package dicodec.core.codec.jpeg.dct;

/**
 * The upsampling stage: brings a subsampled component (4:2:2, 4:2:0, 4:1:1 ...) to the full
 * grid before colour conversion. Ratios are whole numbers, as in every JPEG DICOM meets.
 */
public interface ChromaUpsampler {
    /**
     * @param in the component's samples, row stride {@code inStride}
     * @param width the component's real samples per line, ceil(X x Hi / Hmax)
     * @param height the component's real lines, ceil(Y x Vi / Vmax)
     * @param hRatio Hmax / Hi
     * @param vRatio Vmax / Vi
     * @param out receives outWidth x outHeight samples, row stride {@code outStride}
     */
    void upsample(short[] in, int inStride, int width, int height, int hRatio, int vRatio, short[] out,
            int outStride, int outWidth, int outHeight);
}
