package dicodec.core.codec.jpeg;

/**
 * How the lossy JPEG encoder codes 3-component (RGB or YBR_FULL) input, and the photometric
 * interpretation the result carries (dicom-rules J3, PS3.5 8.2.1).
 */
public enum JpegColour {
    /** YCbCr with 4:2:2 chroma subsampling: YBR_FULL_422. The default. */
    YBR_FULL_422,
    /** YCbCr without subsampling (4:4:4): YBR_FULL. */
    YBR_FULL,
    /**
     * No colour transform, no subsampling: the components are coded as they are, so RGB
     * stays RGB (marked with APP14 Adobe transform 0) and YBR_FULL stays YBR_FULL.
     */
    RGB
}
