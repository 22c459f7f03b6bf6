package dicodec.nativecodec.turbo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dicodec.core.error.DicodecException;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import dicodec.nativecodec.Synthetic;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Found by the fuzz seeds (NativeFuzzSeedsTest, damaged JPEG frames): after one bad frame, the
 * thread's TurboJPEG handle stayed in the state the error left it in, and every later frame on
 * that thread, good ones included, went to the slower Java decoder. A failed call now drops
 * the handle; the next call gets a fresh one.
 */
class TurboJpegBadFrameTest {
    @Test
    void aGoodFrameAfterBadOnes_stillGoesToLibjpegTurbo() {
        PixelDescription pd = Synthetic.description(64, 64, 1, 8, 8, false, 0);
        byte[] good = new TurboJpegEncoder().encode(Synthetic.frame(pd, 3), pd, new EncodeOptions(90, 0, 0)).stream();
        TurboJpegDecoder decoder = new TurboJpegDecoder();
        assertEquals(TurboJpegDecoder.Route.TURBO, TurboJpegDecoder.route(good, pd));

        byte[] cut = Arrays.copyOf(good, good.length / 2);
        byte[] flipped = good.clone();
        for (int i = 200; i < flipped.length - 2; i += 7) {
            flipped[i] ^= 0x5A;
        }
        byte[] headerOnly = Arrays.copyOf(good, 30);
        for (byte[] bad : new byte[][] {cut, flipped, headerOnly}) {
            try {
                decoder.decode(bad, pd);
            } catch (DicodecException e) {
                // refused: fine; what matters is the next frame
            }
            assertEquals(TurboJpegDecoder.Route.TURBO, TurboJpegDecoder.route(good, pd), "after a bad frame");
        }
    }
}
