package dicodec.nativecodec.j2k;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
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

class OpenJpegCodecTest {
    private final OpenJpegDecoder decoder = new OpenJpegDecoder("JPEG 2000", 1);
    private final OpenJpegEncoder lossless = new OpenJpegEncoder(true, new J2kOptions(true, 1));
    private final OpenJpegEncoder lossy = new OpenJpegEncoder(false, new J2kOptions(true, 1));

    @ParameterizedTest(name = "BA {0} BS {1} signed {2}")
    @CsvSource({"8,1,false", "8,2,false", "8,8,false", "8,8,true", "8,6,true", "16,9,false", "16,12,true",
        "16,12,false", "16,15,true", "16,16,false", "16,16,true"})
    void roundTrip_greyFrame_isExactAndSizStatesBitsStoredAndSign(int ba, int bs, boolean signed) {
        PixelDescription pd = Synthetic.description(37, 70, 1, ba, bs, signed, 0);
        byte[] in = Synthetic.frame(pd, bs);
        EncodedFrame enc = lossless.encode(in, pd, EncodeOptions.DEFAULT);
        assertFalse(enc.lossy());
        assertEquals(0, enc.stream().length % 2);
        CodestreamHeader h = CodestreamHeader.probe(enc.stream());
        assertEquals(bs, h.precision());
        assertEquals(signed, h.signed());
        assertTrue(h.reversible());
        assertFalse(h.jp2Wrapped());
        assertArrayEquals(in, decoder.decode(enc.stream(), pd).pixels());
    }

    @Test
    void roundTrip_oneBitFrame_isExactAndPacked() {
        PixelDescription pd = Synthetic.description(13, 11, 1, 1, 1, false, 0);
        byte[] bytes = new byte[13 * 11];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ((i * 7 + i / 11) % 3 == 0 ? 1 : 0);
        }
        byte[] packed = Samples.packBits(bytes, bytes.length);
        EncodedFrame enc = lossless.encode(packed, pd, EncodeOptions.DEFAULT);
        assertEquals(1, CodestreamHeader.probe(enc.stream()).precision());
        assertArrayEquals(packed, decoder.decode(enc.stream(), pd).pixels());
    }

    @Test
    void roundTrip_rgb_usesTheReversibleColourTransformAndDecodesToRgb() {
        for (int planar = 0; planar <= 1; planar++) {
            PixelDescription pd = Synthetic.description(40, 30, 3, 8, 8, false, planar);
            byte[] in = Synthetic.frame(pd, 9);
            EncodedFrame enc = lossless.encode(in, pd, EncodeOptions.DEFAULT);
            assertEquals("YBR_RCT", enc.photometric());
            assertTrue(CodestreamHeader.probe(enc.stream()).multiComponentTransform());
            PixelDescription stored = withPhotometric(pd, "YBR_RCT", 0);
            DecodedFrame out = decoder.decode(enc.stream(), stored);
            assertEquals("RGB", out.photometric());
            assertEquals(0, out.planarConfiguration());
            assertArrayEquals(planar == 1 ? Samples.planarToInterleaved(in, 1200, 3, 1) : in, out.pixels());
        }
    }

    @Test
    void encode_rgbWithoutColourTransform_staysRgb() {
        OpenJpegEncoder plain = new OpenJpegEncoder(true, new J2kOptions(false, 1));
        PixelDescription pd = Synthetic.description(20, 24, 3, 16, 12, false, 0);
        byte[] in = Synthetic.frame(pd, 4);
        EncodedFrame enc = plain.encode(in, pd, EncodeOptions.DEFAULT);
        assertEquals("RGB", enc.photometric());
        assertFalse(CodestreamHeader.probe(enc.stream()).multiComponentTransform());
        assertArrayEquals(in, decoder.decode(enc.stream(), pd).pixels());
    }

    @ParameterizedTest(name = "ratio {0}")
    @CsvSource({"5", "10", "20"})
    void encodeLossy_withRatio_meetsItWithinTenPercent(double ratio) {
        PixelDescription pd = Synthetic.description(256, 256, 1, 16, 12, false, 0);
        byte[] in = Synthetic.frame(pd, 21);
        EncodedFrame enc = lossy.encode(in, pd, new EncodeOptions(0, ratio, 0));
        assertTrue(enc.lossy());
        CodestreamHeader h = CodestreamHeader.probe(enc.stream());
        assertFalse(h.reversible(), "9/7 wavelet");
        double got = (double) in.length / enc.stream().length;
        assertEquals(ratio, got, ratio * 0.10, "ratio");
        byte[] out = decoder.decode(enc.stream(), pd).pixels();
        long err = NativeTesting.maxError(new NativeTesting.Pixels(pd, List.of(in)), new NativeTesting.Pixels(pd,
                List.of(out)));
        assertTrue(err > 0 && err < 4096 / 4, "max error " + err);
    }

    @Test
    void encodeLossy_rgbWithQuality_usesTheIrreversibleTransform() {
        PixelDescription pd = Synthetic.description(64, 64, 3, 8, 8, false, 0);
        byte[] in = Synthetic.frame(pd, 2);
        EncodedFrame enc = lossy.encode(in, pd, new EncodeOptions(50, 0, 0));
        assertEquals("YBR_ICT", enc.photometric());
        assertTrue(enc.lossy());
        assertTrue(enc.stream().length < in.length / 2, "not compressed: " + enc.stream().length);
        DecodedFrame out = decoder.decode(enc.stream(), withPhotometric(pd, "YBR_ICT", 0));
        assertEquals("RGB", out.photometric());
    }

    @Test
    void encodeJ2k_withoutLossyOptions_isReversible() {
        PixelDescription pd = Synthetic.description(32, 32, 1, 16, 16, true, 0);
        byte[] in = Synthetic.frame(pd, 8);
        EncodedFrame enc = lossy.encode(in, pd, EncodeOptions.DEFAULT);
        assertFalse(enc.lossy());
        assertArrayEquals(in, decoder.decode(enc.stream(), pd).pixels());
    }

    @Test
    void encodeLossy_paletteColour_isRefused() {
        PixelDescription pd = withPhotometric(Synthetic.description(8, 8, 1, 8, 8, false, 0), "PALETTE COLOR", 0);
        DicodecException e = assertThrows(DicodecException.class,
                () -> lossy.encode(new byte[64], pd, new EncodeOptions(0, 10, 0)));
        assertEquals(ErrorKind.REFUSED, e.kind());
        assertEquals(Tag.PHOTOMETRIC_INTERPRETATION, e.tag());
    }

    @Test
    void encode_signedColour_isRefusedNamingPixelRepresentation() {
        PixelDescription pd = Synthetic.description(8, 8, 3, 8, 8, true, 0);
        DicodecException e = assertThrows(DicodecException.class,
                () -> lossless.encode(new byte[192], pd, EncodeOptions.DEFAULT));
        assertEquals(Tag.PIXEL_REPRESENTATION, e.tag());
    }

    @Test
    void encode_sampleAboveBitsStored_isRefusedNamingBitsStored() {
        PixelDescription pd = Synthetic.description(2, 2, 1, 16, 10, false, 0);
        byte[] in = {0, 0, 0, 0x04, 0, 0, 0, 0}; // sample 1 = 1024 > 1023
        DicodecException e = assertThrows(DicodecException.class, () -> lossless.encode(in, pd, EncodeOptions.DEFAULT));
        assertEquals(ErrorKind.REFUSED, e.kind());
        assertEquals(Tag.BITS_STORED, e.tag());
    }

    @Test
    void decode_truncatedCodestream_isBadInput() {
        PixelDescription pd = Synthetic.description(64, 64, 1, 16, 12, false, 0);
        byte[] stream = lossless.encode(Synthetic.frame(pd, 3), pd, EncodeOptions.DEFAULT).stream();
        byte[] cut = Arrays.copyOf(stream, stream.length / 3);
        DicodecException e = assertThrows(DicodecException.class, () -> decoder.decode(cut, pd));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("OpenJPEG"), e.getMessage());
    }

    @Test
    void decode_streamOfOtherWidth_isBadInputNamingColumns() {
        PixelDescription pd = Synthetic.description(16, 16, 1, 8, 8, false, 0);
        byte[] stream = lossless.encode(Synthetic.frame(pd, 3), pd, EncodeOptions.DEFAULT).stream();
        DicodecException e = assertThrows(DicodecException.class,
                () -> decoder.decode(stream, Synthetic.description(16, 17, 1, 8, 8, false, 0)));
        assertEquals(Tag.COLUMNS, e.tag());
    }

    @Test
    void decode_precisionAboveBitsAllocated_isBadInputNamingBitsAllocated() {
        PixelDescription pd = Synthetic.description(16, 16, 1, 16, 12, false, 0);
        byte[] stream = lossless.encode(Synthetic.frame(pd, 3), pd, EncodeOptions.DEFAULT).stream();
        DicodecException e = assertThrows(DicodecException.class,
                () -> decoder.decode(stream, Synthetic.description(16, 16, 1, 8, 8, false, 0)));
        assertEquals(Tag.BITS_ALLOCATED, e.tag());
    }

    @Test
    void resolutions_smallImages_keepAtLeastOneSamplePerLevel() {
        assertEquals(1, OpenJpegEncoder.resolutions(Synthetic.description(1, 100, 1, 8, 8, false, 0)));
        assertEquals(3, OpenJpegEncoder.resolutions(Synthetic.description(5, 100, 1, 8, 8, false, 0)));
        assertEquals(6, OpenJpegEncoder.resolutions(Synthetic.description(512, 512, 1, 8, 8, false, 0)));
    }

    private static PixelDescription withPhotometric(PixelDescription pd, String pi, int planar) {
        return new PixelDescription(pd.rows(), pd.columns(), pd.samplesPerPixel(), pd.bitsAllocated(),
                pd.bitsStored(), pd.highBit(), pd.pixelRepresentation(), pi, planar, pd.frames(), pd.pixelDataTag(),
                List.of());
    }
}
