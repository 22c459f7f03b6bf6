package dicodec.nativecodec.jpegls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.EncodeOptions;
import dicodec.nativecodec.Synthetic;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fuzzing finding (NativeDecoderFuzzTest#jpegLs): a JPEG-LS frame cut short took CharLS 2.4
 * 8 to 16 seconds to refuse, a denial of service in a server. CharLS now gets the frame closed
 * with EOI and refuses it at once as bad input.
 */
class JpegLsTruncatedStreamTest {
    private final CharLsDecoder decoder = new CharLsDecoder();

    @ParameterizedTest(name = "cut to {0}%")
    @ValueSource(ints = {10, 50, 90})
    void decode_truncatedFrame_isRefusedAsBadInputAtOnce(int percent) {
        PixelDescription pd = Synthetic.description(64, 64, 1, 16, 16, false, 0);
        byte[] stream = new CharLsEncoder(true, JpegLsInterleave.LINE)
                .encode(Synthetic.frame(pd, 16), pd, EncodeOptions.DEFAULT).stream();
        byte[] cut = Arrays.copyOf(stream, stream.length * percent / 100);

        DicodecException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(DicodecException.class, () -> decoder.decode(cut, pd)));

        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("JPEG-LS stream"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} padding zero(s)")
    @ValueSource(ints = {0, 1, 2})
    void decode_wholeFrameWithPaddingZeros_stillDecodes(int zeros) {
        PixelDescription pd = Synthetic.description(16, 16, 1, 8, 8, false, 0);
        byte[] in = Synthetic.frame(pd, 8);
        byte[] stream = new CharLsEncoder(true, JpegLsInterleave.LINE).encode(in, pd, EncodeOptions.DEFAULT).stream();
        byte[] padded = Arrays.copyOf(stream, stream.length + zeros);
        assertEquals(in.length, decoder.decode(padded, pd).pixels().length);
    }
}
