package dicodec.nativecodec.jpegls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.pixel.CodestreamHeader;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
import dicodec.nativecodec.NativeTesting;
import dicodec.nativecodec.Samples;
import dicodec.nativecodec.Synthetic;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CharLsCodecTest {
    private final CharLsDecoder decoder = new CharLsDecoder();
    private final CharLsEncoder lossless = new CharLsEncoder(true, JpegLsInterleave.LINE);
    private final CharLsEncoder near = new CharLsEncoder(false, JpegLsInterleave.LINE);

    @ParameterizedTest(name = "BA {0} BS {1} signed {2}")
    @CsvSource({"8,2,false", "8,7,false", "8,8,false", "8,8,true", "16,8,false", "16,9,false", "16,12,true",
        "16,12,false", "16,15,true", "16,16,false", "16,16,true", "8,5,true"})
    void roundTrip_greyFrame_isExactAndTheStreamStatesBitsStored(int ba, int bs, boolean signed) {
        PixelDescription pd = Synthetic.description(67, 45, 1, ba, bs, signed, 0);
        byte[] in = Synthetic.frame(pd, bs);
        EncodedFrame enc = lossless.encode(in, pd, EncodeOptions.DEFAULT);
        assertFalse(enc.lossy());
        assertEquals(0, enc.stream().length % 2);
        CodestreamHeader h = CodestreamHeader.probe(enc.stream());
        assertEquals(bs, h.precision());
        assertEquals(0, h.near());
        DecodedFrame out = decoder.decode(enc.stream(), pd);
        assertArrayEquals(in, out.pixels());
        assertEquals("MONOCHROME2", out.photometric());
    }

    @ParameterizedTest
    @EnumSource(JpegLsInterleave.class)
    void roundTrip_colourByPlaneAndByPixel_inEveryInterleaveMode_givesColourByPixel(JpegLsInterleave mode) {
        CharLsEncoder enc = new CharLsEncoder(true, mode);
        for (int planar = 0; planar <= 1; planar++) {
            PixelDescription pd = Synthetic.description(31, 50, 3, 8, 8, false, planar);
            byte[] in = Synthetic.frame(pd, 7);
            EncodedFrame f = enc.encode(in, pd, EncodeOptions.DEFAULT);
            assertEquals(mode.code(), CharLsDecoder.readHeader(f.stream()).interleave());
            DecodedFrame out = decoder.decode(f.stream(), pd);
            assertEquals(0, out.planarConfiguration());
            byte[] expected = planar == 1 ? Samples.planarToInterleaved(in, 31 * 50, 3, 1) : in;
            assertArrayEquals(expected, out.pixels(), "planar " + planar);
            assertEquals("RGB", out.photometric());
        }
    }

    @Test
    void roundTrip_colour16Bit_isExact() {
        PixelDescription pd = Synthetic.description(20, 33, 3, 16, 16, false, 0);
        byte[] in = Synthetic.frame(pd, 3);
        assertArrayEquals(in, decoder.decode(lossless.encode(in, pd, EncodeOptions.DEFAULT).stream(), pd).pixels());
    }

    @ParameterizedTest(name = "NEAR {0}")
    @CsvSource({"1", "3", "10"})
    void encodeNearLossless_withNear_staysWithinNearAndSaysLossy(int nearValue) {
        PixelDescription pd = Synthetic.description(64, 64, 1, 16, 12, true, 0);
        byte[] in = Synthetic.frame(pd, 11);
        for (int i = 0; i < in.length; i += 2) { // keep away from the sign seam (see below)
            short v = (short) Math.max(-2000, Math.min(2000, (short) ((in[i] & 0xFF) | in[i + 1] << 8)));
            in[i] = (byte) v;
            in[i + 1] = (byte) (v >> 8);
        }
        EncodedFrame f = near.encode(in, pd, new EncodeOptions(0, 0, nearValue));
        assertTrue(f.lossy());
        assertEquals(nearValue, CodestreamHeader.probe(f.stream()).near());
        byte[] out = decoder.decode(f.stream(), pd).pixels();
        NativeTesting.Pixels a = new NativeTesting.Pixels(pd, List.of(in));
        NativeTesting.Pixels b = new NativeTesting.Pixels(pd, List.of(out));
        long err = NativeTesting.maxError(a, b);
        assertTrue(err <= nearValue && err > 0, "max error " + err + " for NEAR " + nearValue);
    }

    @Test
    void encodeNearLossless_signedSampleNextToTheSignSeam_isCodedExactly() {
        PixelDescription pd = Synthetic.description(64, 64, 1, 16, 12, true, 0);
        byte[] in = Synthetic.frame(pd, 11); // holds 2047 and -2048, neighbours as 12-bit patterns
        EncodedFrame f = near.encode(in, pd, new EncodeOptions(0, 0, 3));
        assertFalse(f.lossy());
        assertEquals(0, CodestreamHeader.probe(f.stream()).near());
        assertArrayEquals(in, decoder.decode(f.stream(), pd).pixels());
    }

    @Test
    void encodeNearLossless_withRatio_picksTheSmallestNearThatReachesIt() {
        PixelDescription pd = Synthetic.description(128, 128, 1, 16, 12, false, 0);
        byte[] in = Synthetic.frame(pd, 5);
        EncodedFrame f = near.encode(in, pd, new EncodeOptions(0, 6, 0));
        int chosen = CodestreamHeader.probe(f.stream()).near();
        assertTrue((double) in.length / f.stream().length >= 6, "ratio " + (double) in.length / f.stream().length);
        EncodedFrame smaller = near.encode(in, pd, new EncodeOptions(0, 0, chosen - 1));
        assertTrue(chosen == 1 || (double) in.length / smaller.stream().length < 6, "NEAR " + (chosen - 1)
                + " already reaches the ratio");
    }

    @Test
    void encodeLossless_ignoresNearAndStaysExact() {
        PixelDescription pd = Synthetic.description(16, 16, 1, 8, 8, false, 0);
        byte[] in = Synthetic.frame(pd, 1);
        EncodedFrame f = lossless.encode(in, pd, new EncodeOptions(0, 0, 4));
        assertFalse(f.lossy());
        assertArrayEquals(in, decoder.decode(f.stream(), pd).pixels());
    }

    @Test
    void encode_unsignedSampleAboveBitsStored_isRefusedNamingBitsStored() {
        PixelDescription pd = Synthetic.description(4, 4, 1, 16, 12, false, 0);
        byte[] in = new byte[32];
        in[11] = (byte) 0x80; // sample 5 = 0x8000: bit 15 set, Bits Stored 12
        DicodecException e = assertThrows(DicodecException.class, () -> lossless.encode(in, pd, EncodeOptions.DEFAULT));
        assertEquals(ErrorKind.REFUSED, e.kind());
        assertTrue(e.getMessage().contains("(0028,0101)") && e.getMessage().contains("sample 5"), e.getMessage());
    }

    @Test
    void encode_signedSamplesWithZerosAboveBitsStored_decodeSignExtended() {
        PixelDescription pd = Synthetic.description(1, 2, 1, 16, 12, true, 0);
        byte[] in = {(byte) 0xF0, 0x0F, (byte) 0xF0, (byte) 0xFF}; // -16 written both ways
        byte[] out = decoder.decode(lossless.encode(in, pd, EncodeOptions.DEFAULT).stream(), pd).pixels();
        assertArrayEquals(new byte[] {(byte) 0xF0, (byte) 0xFF, (byte) 0xF0, (byte) 0xFF}, out);
    }

    @Test
    void encode_oneBitStored_isBadInputNamingBitsStored() {
        PixelDescription pd = Synthetic.description(4, 4, 1, 8, 1, false, 0);
        DicodecException e = assertThrows(DicodecException.class,
                () -> lossless.encode(new byte[16], pd, EncodeOptions.DEFAULT));
        assertTrue(e.getMessage().contains("(0028,0101)"), e.getMessage());
    }

    @Test
    void decode_truncatedStream_isBadInput() {
        PixelDescription pd = Synthetic.description(64, 64, 1, 16, 12, false, 0);
        byte[] stream = lossless.encode(Synthetic.frame(pd, 2), pd, EncodeOptions.DEFAULT).stream();
        byte[] cut = Arrays.copyOf(stream, stream.length / 2);
        DicodecException e = assertThrows(DicodecException.class, () -> decoder.decode(cut, pd));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("CharLS"), e.getMessage());
    }

    @Test
    void decode_notJpegLs_isBadInput() {
        PixelDescription pd = Synthetic.description(4, 4, 1, 8, 8, false, 0);
        DicodecException e = assertThrows(DicodecException.class, () -> decoder.decode(new byte[] {1, 2, 3, 4}, pd));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
    }

    @Test
    void decode_streamOfOtherSize_isBadInputNamingRows() {
        PixelDescription pd = Synthetic.description(8, 8, 1, 8, 8, false, 0);
        byte[] stream = lossless.encode(Synthetic.frame(pd, 2), pd, EncodeOptions.DEFAULT).stream();
        PixelDescription taller = Synthetic.description(9, 8, 1, 8, 8, false, 0);
        DicodecException e = assertThrows(DicodecException.class, () -> decoder.decode(stream, taller));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("(0028,0010)"), e.getMessage());
    }
}
