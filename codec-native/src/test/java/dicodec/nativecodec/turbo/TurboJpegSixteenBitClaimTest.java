package dicodec.nativecodec.turbo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import dicodec.nativecodec.Synthetic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Found by CI's fuzzing (NativeDecoderFuzzTest#turboJpeg): an 8-bit baseline frame in a data set
 * that claims Bits Allocated 16 (Bits Stored 8) came back from libjpeg-turbo as 8-bit samples,
 * half the size the description needs. Such frames now go to the Java decoder, which writes
 * them 16 bits wide with the same values.
 */
class TurboJpegSixteenBitClaimTest {
    @Test
    void eightBitStream_inA16BitAllocatedDataSet_decodesToSixteenBitSamplesOfTheSameValues() {
        PixelDescription pd8 = Synthetic.description(100, 100, 1, 8, 8, false, 0);
        byte[] stream = new TurboJpegEncoder().encode(Synthetic.frame(pd8, 5), pd8, new EncodeOptions(90, 0, 0)).stream();
        PixelDescription pd16 = new PixelDescription(100, 100, 1, 16, 8, 7, 0, "MONOCHROME2", 0, 1,
                Tag.PIXEL_DATA, List.of());
        TurboJpegDecoder decoder = new TurboJpegDecoder();
        assertEquals(TurboJpegDecoder.Route.JAVA, TurboJpegDecoder.route(stream, pd16));
        byte[] eight = decoder.decode(stream, pd8).pixels();
        byte[] sixteen = decoder.decode(stream, pd16).pixels();
        assertEquals(100 * 100 * 2, sixteen.length, "the size Bits Allocated 16 needs");
        for (int i = 0; i < eight.length; i++) {
            int wide = (sixteen[2 * i] & 0xFF) | (sixteen[2 * i + 1] & 0xFF) << 8;
            assertEquals(eight[i] & 0xFF, wide, "sample " + i);
        }
    }
}
