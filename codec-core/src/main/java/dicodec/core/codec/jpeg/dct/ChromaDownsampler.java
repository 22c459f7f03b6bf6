package dicodec.core.codec.jpeg.dct;

/** The encoder's chroma subsampling stage: averages boxes of hRatio x vRatio samples. */
public interface ChromaDownsampler {
    /**
     * @param in a full-size plane, already padded by edge replication to outWidth x hRatio by
     *     outHeight x vRatio samples, row stride {@code inStride}
     * @param out receives outWidth x outHeight samples, row stride outWidth
     */
    void downsample(short[] in, int inStride, int hRatio, int vRatio, short[] out, int outWidth, int outHeight);
}
