package dicodec.nativecodec.htj2k;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.fuzz.FuzzHarness;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.FrameDecoder;
import dicodec.nativecodec.j2k.J2kOptions;
import dicodec.nativecodec.Synthetic;
import dicodec.nativecodec.j2k.OpenJpegDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing finding (NativeDecoderFuzzTest#htj2k): a malformed HTJ2K code-block trips an assert
 * in Debian's OpenJPEG (ht_dec.c mel_init), whose abort() killed the JVM. The decoder now
 * refuses the frame as bad input, again and again, and goes on decoding good frames.
 */
class Htj2kAbortGuardTest {
    private static final String INPUT =
            "/dicodec/nativecodec/fuzz/NativeDecoderFuzzTestInputs/htj2k/mel-assertion-abort";

    @Test
    void decode_codeBlockThatTripsAnOpenJpegAssert_isBadInputAndTheProcessLivesOn() throws IOException {
        byte[] input;
        try (InputStream in = Htj2kAbortGuardTest.class.getResourceAsStream(INPUT)) {
            input = in.readAllBytes();
        }
        PixelDescription pd = FuzzHarness.description(input);
        byte[] frame = Arrays.copyOfRange(input, FuzzHarness.PREFIX, input.length);
        FrameDecoder decoder = new OpenJpegDecoder("HTJ2K", 1);

        for (int round = 1; round <= 3; round++) {
            DicodecException e = assertThrows(DicodecException.class, () -> decoder.decode(frame, pd));
            assertEquals(ErrorKind.BAD_INPUT, e.kind());
            assertTrue(e.getMessage().contains("internal assertion"), "round " + round + ": " + e.getMessage());
        }

        PixelDescription good = Synthetic.description(40, 56, 1, 16, 12, false, 0);
        byte[] pixels = Synthetic.frame(good, 12);
        byte[] stream = new OpenJphEncoder(true, false, J2kOptions.configured()).encode(pixels, good, EncodeOptions.DEFAULT).stream();
        assertArrayEquals(pixels, decoder.decode(stream, good).pixels(), "a good frame still decodes");
    }
}
