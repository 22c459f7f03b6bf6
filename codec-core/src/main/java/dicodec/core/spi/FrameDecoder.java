package dicodec.core.spi;

import dicodec.core.pixel.PixelDescription;

/**
 * Decodes one compressed frame to native pixels: Little Endian samples of Bits Allocated
 * each, byte aligned, in the planar configuration and photometric the result states.
 */
public interface FrameDecoder {
    DecodedFrame decode(byte[] encoded, PixelDescription description);
}
