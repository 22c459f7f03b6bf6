package dicodec.core.spi;

import dicodec.core.pixel.PixelDescription;

/** Encodes one native frame (Little Endian, byte aligned) into one compressed bit stream. */
public interface FrameEncoder {
    EncodedFrame encode(byte[] nativeFrame, PixelDescription description, EncodeOptions options);
}
