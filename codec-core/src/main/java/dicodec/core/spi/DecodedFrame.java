package dicodec.core.spi;

/**
 * A decoded frame and what it now is: the decoder may have converted the colour space (J2K
 * YBR_RCT to RGB) or the planar configuration, and says so here so that the data set is
 * rewritten to match (dicom-rules REQ-PI-1).
 */
public record DecodedFrame(byte[] pixels, String photometric, int planarConfiguration) {
}
