package dicodec.core.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.dict.DataDictionary.Entry;
import dicodec.core.io.VR;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataDictionaryTest {

    private static final DataDictionary DICT = DataDictionary.standard();

    @Test
    void standard_isLoadedOnce() {
        assertSame(DICT, DataDictionary.standard());
    }

    @Test
    void standard_loadsMoreThan4000Entries() {
        assertTrue(DICT.size() > 4000, "size " + DICT.size());
    }

    @Test
    void lookup_rows_isUsWithKeywordRows() {
        Entry e = DICT.lookup(0x00280010);
        assertNotNull(e);
        assertEquals(0x00280010, e.tag());
        assertEquals(List.of(VR.US), e.vrs());
        assertEquals(VR.US, e.vr());
        assertEquals("1", e.vm());
        assertEquals("Rows", e.keyword());
        assertFalse(e.ambiguous());
    }

    @Test
    void lookup_pixelData_isObOrOwAndAmbiguous() {
        Entry e = DICT.lookup(0x7FE00010);
        assertEquals(List.of(VR.OB, VR.OW), e.vrs());
        assertEquals("PixelData", e.keyword());
        assertTrue(e.ambiguous());
    }

    @Test
    void lookup_smallestImagePixelValue_isUsOrSs() {
        Entry e = DICT.lookup(0x00280106);
        assertEquals(List.of(VR.US, VR.SS), e.vrs());
        assertEquals(VR.US, e.vr());
        assertEquals("SmallestImagePixelValue", e.keyword());
        assertTrue(e.ambiguous());
    }

    @Test
    void lookup_overlayDataInEvenGroup6002_isMatchedByTheRepeatingGroupEntry() {
        Entry e = DICT.lookup(0x60023000);
        assertNotNull(e);
        assertEquals(0x60023000, e.tag());
        assertEquals("OverlayData", e.keyword());
        assertEquals(List.of(VR.OB, VR.OW), e.vrs());
        assertEquals("OverlayRows", DICT.keyword(0x60FE0010));
    }

    @Test
    void lookup_overlayDataInOddGroup6001_isNotMatched() {
        assertNull(DICT.lookup(0x60013000));
        assertEquals("", DICT.keyword(0x60013000));
    }

    @Test
    void lookup_sourceImageIds_honoursTheEvenOnlyElementRange() {
        assertEquals("SourceImageIDs", DICT.keyword(0x00203100));
        assertEquals("SourceImageIDs", DICT.keyword(0x002031FE));
        assertNull(DICT.lookup(0x00203101));
    }

    @Test
    void lookup_sopInstanceUid_isUi() {
        Entry e = DICT.lookup(0x00080018);
        assertEquals(VR.UI, e.vr());
        assertEquals("SOPInstanceUID", e.keyword());
    }

    @Test
    void lookup_item_hasNoVrAndReadsAsUn() {
        Entry e = DICT.lookup(0xFFFEE000);
        assertNotNull(e);
        assertEquals("Item", e.keyword());
        assertTrue(e.vrs().isEmpty());
        assertEquals(VR.UN, e.vr());
        assertEquals("Item", DICT.keyword(0xFFFEE000));
        assertEquals("SequenceDelimitationItem", DICT.keyword(0xFFFEE0DD));
    }

    @Test
    void lookup_patientName_isPn() {
        Entry e = DICT.lookup(0x00100010);
        assertEquals(VR.PN, e.vr());
        assertEquals("PatientName", e.keyword());
    }

    @Test
    void lookup_frameTime_isDs() {
        Entry e = DICT.lookup(0x00181063);
        assertEquals(VR.DS, e.vr());
        assertEquals("FrameTime", e.keyword());
    }

    @Test
    void lookup_privateCreator0029_0010_isLoPrivateCreator() {
        Entry e = DICT.lookup(0x00290010);
        assertNotNull(e);
        assertEquals(VR.LO, e.vr());
        assertEquals("PrivateCreator", e.keyword());
        assertEquals("PrivateCreator", DICT.keyword(0x00290010));
        assertEquals("PrivateCreator", DICT.keyword(0x001900FF));
    }

    @Test
    void lookup_privateDataElement0009_1001_isUnknown() {
        assertNull(DICT.lookup(0x00091001));
        assertEquals("", DICT.keyword(0x00091001));
    }

    @Test
    void lookup_groupLength0028_0000_isUl() {
        Entry e = DICT.lookup(0x00280000);
        assertNotNull(e);
        assertEquals(0x00280000, e.tag());
        assertEquals(VR.UL, e.vr());
        assertEquals("GenericGroupLength", e.keyword());
    }

    @Test
    void lookup_groupLengthsOfHighAndPrivateGroups_areUl() {
        assertEquals(VR.UL, DICT.lookup(0xFFFE0000).vr());
        assertEquals(VR.UL, DICT.lookup(0x00090000).vr());
        assertEquals("", DICT.keyword(0x00090000));
        assertEquals("FileMetaInformationGroupLength", DICT.keyword(0x00020000));
    }

    @Test
    void lookup_tagsAbove7FFF_workAsNegativeInts() {
        assertTrue(0xFFFEE00D < 0);
        assertEquals("ItemDelimitationItem", DICT.lookup(0xFFFEE00D).keyword());
        assertNull(DICT.lookup(0xFFFFFFFF));
        assertNull(DICT.lookup(0x8000_0010));
    }

    @Test
    void lookup_lutData_isUsOrOw() {
        assertEquals(List.of(VR.US, VR.OW), DICT.lookup(0x00283006).vrs());
    }

    @Test
    void lookup_directoryOffsets_areUl() {
        assertEquals(VR.UL, DICT.lookup(0x00041400).vr());
    }

    @Test
    void keyword_retiredElement_hasNoRetiredPrefix() {
        assertEquals("OverlayPlanes", DICT.keyword(0x60000012));
        assertEquals(0x60000012, DICT.tagForKeyword("OverlayPlanes"));
    }

    @Test
    void tagForKeyword_sopInstanceUid_is00080018() {
        assertEquals(0x00080018, DICT.tagForKeyword("SOPInstanceUID"));
        assertEquals(0x7FE00010, DICT.tagForKeyword("PixelData"));
        assertEquals(0xFFFEE000, DICT.tagForKeyword("Item"));
    }

    @Test
    void tagForKeyword_rangeKeyword_givesTheFirstTagOfTheRange() {
        assertEquals(0x60003000, DICT.tagForKeyword("OverlayData"));
    }

    @Test
    void tagForKeyword_unknown_isMinusOne() {
        assertEquals(-1, DICT.tagForKeyword("NoSuchKeyword"));
        assertEquals(-1, DICT.tagForKeyword(""));
    }

    @Test
    void parse_oddAndAllSteps_matchExactlyTheirValues() throws IOException {
        String tsv = "# test\n"
                + "00100010\tPN\t1\tPatientName\n"
                + "70011020\t70FF1020\todd\tUS\t1\tOddOnly\n"
                + "00300000\t003000FF\tall\tUL\t1\tEveryElement\n";
        DataDictionary d = DataDictionary.parse(new BufferedReader(new StringReader(tsv)), "test");
        assertEquals(3, d.size());
        assertEquals("OddOnly", d.lookup(0x70031020).keyword());
        assertEquals("OddOnly", d.lookup(0x70FF1020).keyword());
        assertNull(d.lookup(0x70021020));
        assertNull(d.lookup(0x70011021));
        assertEquals("EveryElement", d.lookup(0x00300007).keyword());
        assertNull(d.lookup(0x00300100));
    }

    @Test
    void parse_malformedLine_failsWithItsLineNumber() {
        String tsv = "# header\n00100010\tPN\t1\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DataDictionary.parse(new BufferedReader(new StringReader(tsv)), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv:2:"), e.getMessage());
    }
}
