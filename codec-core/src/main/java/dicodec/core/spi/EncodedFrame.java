package dicodec.core.spi;

/**
 * One compressed frame and the photometric interpretation the stream carries (RGB encoded
 * to JPEG baseline becomes YBR_FULL_422, for instance); {@code lossy} is true when the
 * stream does not decode bit for bit to the input.
 */
public record EncodedFrame(byte[] stream, String photometric, boolean lossy) {
}
