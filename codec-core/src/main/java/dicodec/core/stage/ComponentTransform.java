package dicodec.core.stage;

/**
 * JPEG 2000's multi-component transforms (ITU-T T.800 Annex G) on three planes of DC
 * level-shifted samples: the reversible RCT (integers, exact both ways) and the irreversible
 * ICT (floating point). Twin {@link JavaComponentTransform}; an OpenCL provider gives its bits.
 *
 * <p>The ICT is defined here to the bit, so that every backend gives the same floats: single
 * precision, the products summed left to right with each operation rounded (no fused
 * multiply-add), the inverse rounded to the nearest integer with halves up
 * ({@code floor(v + 0.5f)}). The dicodec JPEG 2000 codecs do not call these stages: OpenJPEG
 * and OpenJPH apply the transform inside the library when asked to (the MCT flag of the
 * codestream), so there is no separate colour step for them to hand over.
 */
public interface ComponentTransform {
    /** G.2 forward RCT in place: R, G, B become Y = floor((R + 2G + B) / 4), Cb = B - G, Cr = R - G. */
    void rctForward(int[] c0, int[] c1, int[] c2, int count);

    /** G.2 inverse RCT in place: Y, Cb, Cr become G = Y - floor((Cb + Cr) / 4), R = Cr + G, B = Cb + G. */
    void rctInverse(int[] c0, int[] c1, int[] c2, int count);

    /** G.3 forward ICT: R, G, B to Y, Cb, Cr in single precision. */
    void ictForward(int[] r, int[] g, int[] b, int count, float[] y, float[] cb, float[] cr);

    /** G.3 inverse ICT: Y, Cb, Cr to R, G, B rounded to the nearest integer (halves up). */
    void ictInverse(float[] y, float[] cb, float[] cr, int count, int[] r, int[] g, int[] b);
}
