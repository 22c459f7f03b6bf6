package dicodec.core.policy;

/** The classes of the decision table (dicom-rules 5.2): native, lossless-compressed, lossy. */
public enum SourceClass {
    /** Uncompressed: Implicit / Explicit VR LE, Explicit VR BE, Deflated. */
    NATIVE,
    /** Compressed without loss: RLE, JPEG lossless, JPEG-LS lossless, J2K reversible ... */
    LOSSLESS,
    /** Compressed with loss (or once was: the object is lossy whatever its syntax now). */
    LOSSY
}
