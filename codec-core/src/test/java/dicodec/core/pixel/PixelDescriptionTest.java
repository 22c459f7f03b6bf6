package dicodec.core.pixel;

import static dicodec.core.pixel.Fixtures.frames;
import static dicodec.core.pixel.Fixtures.image;
import static dicodec.core.pixel.Fixtures.putUs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PixelDescriptionTest {

    private static Dataset mr16() {
        Dataset ds = image(64, 64, 1, 16, 12, 0, "MONOCHROME2");
        Fixtures.nativePixels(ds, new byte[8192]);
        return ds;
    }

    @Test
    void from_monochrome16_readsEveryAttribute() {
        Dataset ds = image(48, 64, 1, 16, 12, 1, "MONOCHROME1");
        frames(ds, 10);
        Fixtures.nativePixels(ds, new byte[48 * 64 * 2 * 10]);
        PixelDescription pd = PixelDescription.from(ds);
        assertEquals(new PixelDescription(48, 64, 1, 16, 12, 11, 1, "MONOCHROME1", 0, 10, Tag.PIXEL_DATA, List.of()),
                pd);
        assertTrue(pd.isSigned());
        assertFalse(pd.isFloat());
    }

    @Test
    void from_noPixelDataElement_returnsNull() {
        assertNull(PixelDescription.from(image(8, 8, 1, 8, 8, 0, "MONOCHROME2")));
    }

    @Test
    void from_missingRows_throwsNamingRows() {
        Dataset ds = mr16();
        ds.remove(Tag.ROWS);
        DicodecException e = assertThrows(DicodecException.class, () -> PixelDescription.from(ds));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals(Tag.ROWS, e.tag());
        assertEquals("Rows (0028,0010): absent or empty, but Pixel Data (7FE0,0010) needs it", e.getMessage());
    }

    @Test
    void from_missingPhotometric_throwsNamingPhotometric() {
        Dataset ds = mr16();
        ds.remove(Tag.PHOTOMETRIC_INTERPRETATION);
        DicodecException e = assertThrows(DicodecException.class, () -> PixelDescription.from(ds));
        assertEquals(Tag.PHOTOMETRIC_INTERPRETATION, e.tag());
    }

    @Test
    void from_missingSamplesPerPixel_throws() {
        Dataset ds = mr16();
        ds.remove(Tag.SAMPLES_PER_PIXEL);
        assertEquals(Tag.SAMPLES_PER_PIXEL,
                assertThrows(DicodecException.class, () -> PixelDescription.from(ds)).tag());
    }

    @Test
    void from_bitsStoredAboveBitsAllocated_throwsWithBothValues() {
        Dataset ds = mr16();
        putUs(ds, Tag.BITS_STORED, 17);
        DicodecException e = assertThrows(DicodecException.class, () -> PixelDescription.from(ds));
        assertEquals(Tag.BITS_STORED, e.tag());
        assertEquals("BitsStored (0028,0101): 17 > Bits Allocated (0028,0100) 16", e.getMessage());
    }

    @Test
    void from_highBitNotBitsStoredMinusOne_isAWarningNotAnError() {
        Dataset ds = mr16();
        putUs(ds, Tag.HIGH_BIT, 15);
        PixelDescription pd = PixelDescription.from(ds);
        assertEquals(15, pd.highBit());
        assertEquals(List.of("High Bit (0028,0102) 15 is not Bits Stored (0028,0101) - 1 = 11; Bits Stored is used"),
                pd.warnings());
    }

    @Test
    void from_bitsAllocated12_throws() {
        Dataset ds = mr16();
        putUs(ds, Tag.BITS_ALLOCATED, 12);
        DicodecException e = assertThrows(DicodecException.class, () -> PixelDescription.from(ds));
        assertEquals(Tag.BITS_ALLOCATED, e.tag());
        assertTrue(e.getMessage().contains("12 is not 1 or a multiple of 8"), e.getMessage());
    }

    @Test
    void from_bitsAllocated40_isAccepted() {
        Dataset ds = mr16();
        putUs(ds, Tag.BITS_ALLOCATED, 40);
        assertEquals(40, PixelDescription.from(ds).bitsAllocated());
    }

    @Test
    void from_rgbWithOneSample_throwsNamingPhotometric() {
        Dataset ds = image(4, 4, 1, 8, 8, 0, "RGB");
        Fixtures.nativePixels(ds, new byte[16]);
        DicodecException e = assertThrows(DicodecException.class, () -> PixelDescription.from(ds));
        assertEquals(Tag.PHOTOMETRIC_INTERPRETATION, e.tag());
        assertTrue(e.getMessage().contains("RGB has 3 samples per pixel, but Samples per Pixel (0028,0002) is 1"),
                e.getMessage());
    }

    @Test
    void from_monochromeWithThreeSamples_throws() {
        Dataset ds = image(4, 4, 3, 8, 8, 0, "MONOCHROME2");
        Fixtures.nativePixels(ds, new byte[48]);
        assertThrows(DicodecException.class, () -> PixelDescription.from(ds));
    }

    @Test
    void from_fourSamples_onlyForRetiredArgbAndCmyk() {
        Dataset cmyk = image(2, 2, 4, 8, 8, 0, "CMYK");
        Fixtures.nativePixels(cmyk, new byte[16]);
        assertEquals(4, PixelDescription.from(cmyk).samplesPerPixel());
        Dataset rgb = image(2, 2, 4, 8, 8, 0, "RGB");
        Fixtures.nativePixels(rgb, new byte[16]);
        assertThrows(DicodecException.class, () -> PixelDescription.from(rgb));
    }

    @Test
    void from_twoSamples_throws() {
        Dataset ds = image(2, 2, 2, 8, 8, 0, "MONOCHROME2");
        Fixtures.nativePixels(ds, new byte[8]);
        DicodecException e = assertThrows(DicodecException.class, () -> PixelDescription.from(ds));
        assertEquals(Tag.SAMPLES_PER_PIXEL, e.tag());
    }

    @Test
    void from_numberOfFramesAbsent_isOne() {
        assertEquals(1, PixelDescription.from(mr16()).frames());
    }

    @Test
    void from_numberOfFramesZero_throws() {
        Dataset ds = mr16();
        frames(ds, 0);
        DicodecException e = assertThrows(DicodecException.class, () -> PixelDescription.from(ds));
        assertEquals(Tag.NUMBER_OF_FRAMES, e.tag());
    }

    @Test
    void from_numberOfFramesWithTrailingLetter_readsLeadingDigitsAndWarns() {
        // pydicom's badVR.dcm has Number of Frames "1A".
        Dataset ds = mr16();
        ds.put(DicomElement.ofString(Tag.NUMBER_OF_FRAMES, VR.IS, "1A"));
        PixelDescription pd = PixelDescription.from(ds);
        assertEquals(1, pd.frames());
        assertEquals(List.of("Number of Frames (0028,0008) '1A' is not a valid IS; read as 1"), pd.warnings());
    }

    @Test
    void from_numberOfFramesNotANumber_throws() {
        Dataset ds = mr16();
        ds.put(DicomElement.ofString(Tag.NUMBER_OF_FRAMES, VR.IS, "ab"));
        assertEquals(Tag.NUMBER_OF_FRAMES, assertThrows(DicodecException.class, () -> PixelDescription.from(ds)).tag());
    }

    @Test
    void from_attributesLeftAsUn_areReadAsTheirDictionaryVr() {
        // explicit_VR-UN.dcm: every element is UN; IS "10" must not be read as the number 0x3031.
        Dataset ds = new Dataset();
        for (int[] a : new int[][] {{Tag.ROWS, 4}, {Tag.COLUMNS, 4}, {Tag.SAMPLES_PER_PIXEL, 1},
                {Tag.BITS_ALLOCATED, 8}, {Tag.BITS_STORED, 8}, {Tag.HIGH_BIT, 7}, {Tag.PIXEL_REPRESENTATION, 0}}) {
            ds.put(DicomElement.ofBytes(a[0], VR.UN, Fixtures.us(a[1])));
        }
        ds.put(DicomElement.ofBytes(Tag.PHOTOMETRIC_INTERPRETATION, VR.UN,
                "MONOCHROME2 ".getBytes(StandardCharsets.US_ASCII)));
        ds.put(DicomElement.ofBytes(Tag.NUMBER_OF_FRAMES, VR.UN, "10".getBytes(StandardCharsets.US_ASCII)));
        Fixtures.nativePixels(ds, new byte[160]);
        PixelDescription pd = PixelDescription.from(ds);
        assertEquals("MONOCHROME2", pd.photometric());
        assertEquals(10, pd.frames());
        assertEquals(4, pd.rows());
    }

    @Test
    void from_rgbWithoutPlanarConfiguration_takesZeroAndWarns() {
        Dataset ds = image(2, 2, 3, 8, 8, 0, "RGB");
        ds.remove(Tag.PLANAR_CONFIGURATION);
        Fixtures.nativePixels(ds, new byte[12]);
        PixelDescription pd = PixelDescription.from(ds);
        assertEquals(0, pd.planarConfiguration());
        assertEquals(1, pd.warnings().size());
        assertTrue(pd.warnings().get(0).startsWith("Planar Configuration (0028,0006) absent"), pd.warnings().get(0));
    }

    @Test
    void from_planarConfigurationWithOneSample_isIgnoredAsZero() {
        Dataset ds = image(2, 2, 1, 8, 8, 0, "PALETTE COLOR");
        putUs(ds, Tag.PLANAR_CONFIGURATION, 1);
        Fixtures.nativePixels(ds, new byte[4]);
        PixelDescription pd = PixelDescription.from(ds);
        assertEquals(0, pd.planarConfiguration());
        assertEquals(1, pd.warnings().size());
    }

    @Test
    void from_floatPixelData_hasNoBitsStoredOrPixelRepresentation() {
        Dataset ds = new Dataset();
        putUs(ds, Tag.ROWS, 2);
        putUs(ds, Tag.COLUMNS, 3);
        putUs(ds, Tag.SAMPLES_PER_PIXEL, 1);
        putUs(ds, Tag.BITS_ALLOCATED, 32);
        ds.put(DicomElement.ofString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, "MONOCHROME2 "));
        ds.put(DicomElement.ofBytes(Tag.FLOAT_PIXEL_DATA, VR.OF, new byte[24]));
        PixelDescription pd = PixelDescription.from(ds);
        assertEquals(Tag.FLOAT_PIXEL_DATA, pd.pixelDataTag());
        assertEquals(0, pd.bitsStored());
        assertEquals(-1, pd.pixelRepresentation());
        assertTrue(pd.isFloat());
        assertEquals(24, pd.nativeLength());
        assertTrue(pd.toString().contains("32-bit float"), pd.toString());
    }

    @Test
    void from_doubleFloatPixelDataWith32Bits_throws() {
        Dataset ds = new Dataset();
        putUs(ds, Tag.ROWS, 2);
        putUs(ds, Tag.COLUMNS, 3);
        putUs(ds, Tag.SAMPLES_PER_PIXEL, 1);
        putUs(ds, Tag.BITS_ALLOCATED, 32);
        ds.put(DicomElement.ofString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, "MONOCHROME2 "));
        ds.put(DicomElement.ofBytes(Tag.DOUBLE_FLOAT_PIXEL_DATA, VR.OD, new byte[48]));
        DicodecException e = assertThrows(DicodecException.class, () -> PixelDescription.from(ds));
        assertEquals(Tag.BITS_ALLOCATED, e.tag());
        assertTrue(e.getMessage().contains("64-bit"), e.getMessage());
    }

    @Test
    void nativeLength_oneBit510x510ThreeFrames_packsFramesBackToBack() {
        PixelDescription pd = new PixelDescription(510, 510, 1, 1, 1, 0, 0, "MONOCHROME2", 0, 3, Tag.PIXEL_DATA,
                List.of());
        assertEquals(260100, pd.nativeFrameBits());
        // 3 x 260100 bits = 97537.5 bytes: one rounding for the whole value, not one per frame.
        assertEquals(97538, pd.nativeLength());
        assertEquals(32513, pd.frameLength());
    }

    @Test
    void nativeFrameBits_ybrFull422_storesTwoSamplesPerPixel() {
        PixelDescription pd = new PixelDescription(100, 100, 3, 8, 8, 7, 0, "YBR_FULL_422", 0, 1, Tag.PIXEL_DATA,
                List.of());
        assertEquals(2, pd.nativeSamplesPerPixel());
        assertEquals(100 * 100 * 2 * 8, pd.nativeFrameBits());
        assertEquals(20000, pd.nativeLength());
        assertEquals(20000, pd.frameLength());
    }

    @Test
    void checkNativeLength_tooShort_throwsWithTheFormulaAndBothNumbers() {
        PixelDescription pd = PixelDescription.from(mr16());
        DicodecException e = assertThrows(DicodecException.class, () -> pd.checkNativeLength(8000));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals(Tag.PIXEL_DATA, e.tag());
        assertEquals("PixelData (7FE0,0010): holds 8000 bytes, 64 x 64 x 1 sample x 16 bits x 1 frame needs 8192",
                e.getMessage());
    }

    @Test
    void checkNativeLength_oneBitThreeFramesShort_namesFramesAndBits() {
        PixelDescription pd = new PixelDescription(510, 510, 1, 1, 1, 0, 0, "MONOCHROME2", 0, 3, Tag.PIXEL_DATA,
                List.of());
        DicodecException e = assertThrows(DicodecException.class, () -> pd.checkNativeLength(97536));
        assertTrue(e.getMessage().endsWith("holds 97536 bytes, 510 x 510 x 1 sample x 1 bit x 3 frames needs 97538"),
                e.getMessage());
    }

    @Test
    void checkNativeLength_exactOrOnePaddingByte_isQuiet() {
        PixelDescription pd = PixelDescription.from(mr16());
        assertNull(pd.checkNativeLength(8192));
        assertNull(pd.checkNativeLength(8193));
    }

    @Test
    void checkNativeLength_moreThanOneExtraByte_warnsWithTheCount() {
        PixelDescription pd = PixelDescription.from(mr16());
        String w = pd.checkNativeLength(8320);
        assertEquals("Pixel Data (7FE0,0010) holds 8320 bytes, 128 more than the 8192 that 64 x 64 x 1 sample x 16 bits"
                + " x 1 frame needs; the extra bytes are ignored", w);
    }

    @Test
    void toString_isOneLineNamingSizeBitsAndFrames() {
        Dataset ds = image(48, 64, 1, 16, 12, 1, "MONOCHROME2");
        frames(ds, 10);
        Fixtures.nativePixels(ds, new byte[48 * 64 * 2 * 10]);
        String s = PixelDescription.from(ds).toString();
        assertEquals("48x64 MONOCHROME2, 1 sample, 16 bits allocated / 12 stored / high bit 11, signed, 10 frames,"
                + " in Pixel Data (7FE0,0010)", s);
    }
}
