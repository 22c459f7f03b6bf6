package dicodec.core.codec.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.EncodeOptions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The decoder on streams made by our encoders and then damaged, or described wrongly by the data set. */
class JpegDecoderTest {
    private static final PixelDescription GREY16 = SyntheticImages.description(40, 50, 1, 16, 12, 0, "MONOCHROME2");
    private static final PixelDescription RGB8 = SyntheticImages.description(24, 40, 3, 8, 8, 0, "RGB");

    private static byte[] lossless(int restartRows) {
        return new JpegLosslessEncoder(new JpegLosslessOptions(1, restartRows))
                .encode(SyntheticImages.smooth(GREY16, 1), GREY16, EncodeOptions.DEFAULT).stream();
    }

    private static byte[] baseline(int restart) {
        return new JpegDctEncoder(true, new JpegLossyOptions(JpegColour.YBR_FULL_422, restart))
                .encode(SyntheticImages.smooth(RGB8, 1), RGB8, EncodeOptions.DEFAULT).stream();
    }

    /** Offset of the first byte after the SOS segment. */
    private static int scanData(byte[] s) {
        JpegReader r = new JpegReader(s);
        return r.nextScan().dataStart();
    }

    @Test
    void decode_truncatedLosslessStream_isBadInputNamingWhereTheDataEnds() {
        byte[] s = lossless(0);
        byte[] cut = Arrays.copyOf(s, scanData(s) + (s.length - scanData(s)) / 2);
        DicodecException e = assertThrows(DicodecException.class, () -> new JpegDecoder().decode(cut, GREY16));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals(cut.length, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains("ends before"), e.getMessage());
    }

    @Test
    void decode_truncatedBaselineStream_isBadInput() {
        byte[] s = baseline(0);
        byte[] cut = Arrays.copyOf(s, s.length - 40);
        DicodecException e = assertThrows(DicodecException.class, () -> new JpegDecoder().decode(cut, RGB8));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("ends before the last MCU"), e.getMessage());
    }

    @Test
    void decode_restartMarkersOutOfOrder_isBadInputAtTheMarker() {
        byte[] s = lossless(4);
        int first = -1;
        for (int i = scanData(s); i < s.length - 1; i++) {
            if ((s[i] & 0xFF) == 0xFF && (s[i + 1] & 0xFF) == 0xD0) {
                first = i;
                break;
            }
        }
        assertTrue(first > 0, "the stream has RST0");
        s[first + 1] = (byte) 0xD3;
        int at = first;
        DicodecException e = assertThrows(DicodecException.class, () -> new JpegDecoder().decode(s, GREY16));
        assertEquals(at, e.offset());
        assertTrue(e.getMessage().contains("expected restart marker RST0 at row 4, found RST3"), e.getMessage());
    }

    @Test
    void decode_withRestartIntervals_givesTheSameAsWithout() {
        assertArrayEquals(new JpegDecoder().decode(lossless(0), GREY16).pixels(),
                new JpegDecoder().decode(lossless(3), GREY16).pixels());
        byte[] plain = new JpegDecoder().decode(baseline(0), RGB8).pixels();
        byte[] restarted = new JpegDecoder().decode(baseline(2), RGB8).pixels();
        assertArrayEquals(plain, restarted);
    }

    @Test
    void decode_rowsDifferingFromTheFrameHeader_isBadInputNamingRows() {
        PixelDescription wrong = SyntheticImages.description(41, 50, 1, 16, 12, 0, "MONOCHROME2");
        DicodecException e = assertThrows(DicodecException.class, () -> new JpegDecoder().decode(lossless(0), wrong));
        assertEquals(Tag.ROWS, e.tag());
        assertTrue(e.getMessage().contains("40 lines"), e.getMessage());
    }

    @Test
    void decode_samplesPerPixelDifferingFromTheComponents_isBadInputNamingIt() {
        PixelDescription wrong = SyntheticImages.description(24, 40, 1, 8, 8, 0, "MONOCHROME2");
        DicodecException e = assertThrows(DicodecException.class, () -> new JpegDecoder().decode(baseline(0), wrong));
        assertEquals(Tag.SAMPLES_PER_PIXEL, e.tag());
    }

    @Test
    void decode_twelveBitStreamIntoEightBitContainer_isBadInputNamingBitsAllocated() {
        PixelDescription wrong = SyntheticImages.description(40, 50, 1, 8, 8, 0, "MONOCHROME2");
        DicodecException e = assertThrows(DicodecException.class, () -> new JpegDecoder().decode(lossless(0), wrong));
        assertEquals(Tag.BITS_ALLOCATED, e.tag());
    }

    @Test
    void decode_streamWithoutScan_isBadInput() {
        byte[] s = new StreamBuilder().soi().sof(0xC3, 8, 1, 1, 1, 1, 1, 0).eoi().build();
        PixelDescription pd = SyntheticImages.description(1, 1, 1, 8, 8, 0, "MONOCHROME2");
        DicodecException e = assertThrows(DicodecException.class, () -> new JpegDecoder().decode(s, pd));
        assertTrue(e.getMessage().contains("without a scan"), e.getMessage());
    }

    @Test
    void decode_ycbcrPhotometric_convertsToRgbColourByPixel() {
        PixelDescription ybr = SyntheticImages.description(24, 40, 3, 8, 8, 0, "YBR_FULL_422");
        DecodedFrame f = new JpegDecoder().decode(baseline(0), ybr);
        assertEquals("RGB", f.photometric());
        assertEquals(0, f.planarConfiguration());
        assertEquals(24 * 40 * 3, f.pixels().length);
        // the same stream described as RGB is left as coded: YCbCr, not the same samples
        DecodedFrame asCoded = new JpegDecoder().decode(baseline(0), RGB8);
        assertEquals("RGB", asCoded.photometric());
        assertTrue(!Arrays.equals(f.pixels(), asCoded.pixels()));
    }

    @Test
    void decode_signedLosslessStreamOfFewerBitsThanAllocated_isSignExtended() {
        // A foreign 12-bit stream of signed data (ours writes 16 bits for signed data): -1 is 0xFFF.
        PixelDescription signed = SyntheticImages.description(2, 2, 1, 16, 12, 1, "MONOCHROME2");
        int[][] planes = {{0xFFF, 0x800, 0x7FF, 0}};
        byte[] s = new dicodec.core.codec.jpeg.lossless.LosslessEncoder(
                new dicodec.core.codec.jpeg.lossless.JavaPredictor()).encode(planes, 2, 2, 12, 1, 0, new int[] {1});
        byte[] px = new JpegDecoder().decode(s, signed).pixels();
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFF, 0x00, (byte) 0xF8, (byte) 0xFF, 0x07, 0, 0}, px);
    }

    @Test
    void decode_losslessFrameCalledYbrFull422_saysYbrFullForItsFullSizeComponents() {
        PixelDescription full = SyntheticImages.description(6, 8, 3, 8, 8, 0, "YBR_FULL");
        byte[] pixels = SyntheticImages.noise(full, 3);
        byte[] s = new JpegLosslessEncoder(JpegLosslessOptions.DEFAULT).encode(pixels, full, EncodeOptions.DEFAULT)
                .stream();
        PixelDescription called422 = SyntheticImages.description(6, 8, 3, 8, 8, 0, "YBR_FULL_422");
        DecodedFrame f = new JpegDecoder().decode(s, called422);
        assertEquals("YBR_FULL", f.photometric());
        assertArrayEquals(pixels, f.pixels());
    }
}
