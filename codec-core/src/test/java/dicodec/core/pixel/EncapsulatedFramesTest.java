package dicodec.core.pixel;

import static dicodec.core.pixel.Fixtures.concat;
import static dicodec.core.pixel.Fixtures.fragment;
import static dicodec.core.pixel.Fixtures.fragments;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Dataset;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.pixel.EncapsulatedFrames.Grouping;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import org.junit.jupiter.api.Test;

class EncapsulatedFramesTest {
    private static final TransferSyntax JPEG = TransferSyntaxes.JPEG_BASELINE;
    private static final TransferSyntax J2K = TransferSyntaxes.JPEG_2000_LOSSLESS;
    private static final TransferSyntax RLE = TransferSyntaxes.RLE;

    private static Dataset dataset(int frames) {
        Dataset ds = Fixtures.image(4, 4, 1, 8, 8, 0, "MONOCHROME2");
        Fixtures.frames(ds, frames);
        return ds;
    }

    private static final byte[] A = fragment(10, 0xFF, 0xD8);
    private static final byte[] B = fragment(6, 0x11);
    private static final byte[] C = fragment(20, 0xFF, 0xD8);
    private static final byte[] D = fragment(4, 0x22);

    @Test
    void of_basicOffsetTable_groupsSeveralFragmentsPerFrame() {
        // A at 0, B at 18, C at 32, D at 60: frames start at A and C.
        ElementValue.Fragments f = fragments(new long[] {0, 32}, A, B, C, D);
        EncapsulatedFrames ef = EncapsulatedFrames.of(f, dataset(2), JPEG);
        assertEquals(Grouping.BASIC_OFFSET_TABLE, ef.grouping());
        assertEquals(2, ef.count());
        assertEquals(2, ef.fragments(0).size());
        assertArrayEquals(concat(A, B), ef.frame(0));
        assertArrayEquals(concat(C, D), ef.frame(1));
        assertEquals(24, ef.frameLength(1));
    }

    @Test
    void of_basicOffsetTableEntryInsideAFragment_throwsWithIndexAndOffset() {
        ElementValue.Fragments f = fragments(new long[] {0, 30}, A, B, C, D);
        DicodecException e = assertThrows(DicodecException.class, () -> EncapsulatedFrames.of(f, dataset(2), JPEG));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals(2, e.frame());
        assertEquals("frame 2: PixelData (7FE0,0010): Basic Offset Table entry 1 is 30, which lands 12 bytes into"
                + " fragment 1 (it starts at 18), not on a fragment's Item tag", e.getMessage());
    }

    @Test
    void of_basicOffsetTableFirstEntryNotZero_throws() {
        ElementValue.Fragments f = fragments(new long[] {18, 32}, A, B, C, D);
        DicodecException e = assertThrows(DicodecException.class, () -> EncapsulatedFrames.of(f, dataset(2), JPEG));
        assertTrue(e.getMessage().contains("Basic Offset Table entry 0 is 18, not 0"), e.getMessage());
    }

    @Test
    void of_basicOffsetTableNotIncreasing_throws() {
        ElementValue.Fragments f = fragments(new long[] {0, 32, 32}, A, B, C, D);
        DicodecException e = assertThrows(DicodecException.class, () -> EncapsulatedFrames.of(f, dataset(3), JPEG));
        assertTrue(e.getMessage().contains("entry 2 is 32, not above entry 1 (32)"), e.getMessage());
    }

    @Test
    void of_basicOffsetTablePastTheLastFragment_throws() {
        ElementValue.Fragments f = fragments(new long[] {0, 72}, A, B, C, D);
        DicodecException e = assertThrows(DicodecException.class, () -> EncapsulatedFrames.of(f, dataset(2), JPEG));
        assertTrue(e.getMessage().contains("entry 1 is 72, past the end of the last fragment (the fragments end at 72)"),
                e.getMessage());
    }

    @Test
    void of_basicOffsetTableCountNotNumberOfFrames_throwsWithBothCounts() {
        ElementValue.Fragments f = fragments(new long[] {0, 32}, A, B, C, D);
        DicodecException e = assertThrows(DicodecException.class, () -> EncapsulatedFrames.of(f, dataset(3), JPEG));
        assertTrue(e.getMessage().contains("Basic Offset Table holds 2 offsets, but Number of Frames (0028,0008) is 3"),
                e.getMessage());
    }

    @Test
    void of_emptyBasicOffsetTableAndOneFragmentPerFrame_groupsOneEach() {
        ElementValue.Fragments f = fragments(new long[0], A, B, C);
        EncapsulatedFrames ef = EncapsulatedFrames.of(f, dataset(3), RLE);
        assertEquals(Grouping.ONE_FRAGMENT_PER_FRAME, ef.grouping());
        assertArrayEquals(B, ef.frame(1));
    }

    @Test
    void of_emptyBasicOffsetTableAndOneFrame_takesAllFragments() {
        ElementValue.Fragments f = fragments(new long[0], A, B, D);
        EncapsulatedFrames ef = EncapsulatedFrames.of(f, dataset(1), JPEG);
        assertEquals(Grouping.SINGLE_FRAME, ef.grouping());
        assertEquals(1, ef.count());
        assertArrayEquals(concat(A, B, D), ef.frame(0));
    }

    @Test
    void of_noTableAndMoreFragmentsThanFrames_groupsByStartMarkers() {
        byte[] soc1 = fragment(12, 0xFF, 0x4F, 0xFF, 0x51);
        byte[] soc2 = fragment(8, 0xFF, 0x4F, 0xFF, 0x51);
        byte[] soc3 = fragment(8, 0xFF, 0x4F, 0xFF, 0x51);
        ElementValue.Fragments f = fragments(new long[0], soc1, B, D, soc2, soc3, B);
        EncapsulatedFrames ef = EncapsulatedFrames.of(f, dataset(3), J2K);
        assertEquals(Grouping.MARKER_SCAN, ef.grouping());
        assertArrayEquals(concat(soc1, B, D), ef.frame(0));
        assertArrayEquals(soc2, ef.frame(1));
        assertArrayEquals(concat(soc3, B), ef.frame(2));
        assertEquals(1, ef.warnings().size());
    }

    @Test
    void of_markerScanFindingTooFewFrames_throwsWithBothCounts() {
        ElementValue.Fragments f = fragments(new long[0], A, B, C, D, B);
        DicodecException e = assertThrows(DicodecException.class, () -> EncapsulatedFrames.of(f, dataset(3), JPEG));
        assertTrue(e.getMessage().contains("the marker scan found 2 frames (fragments that start with SOI or SOC) in 5"
                + " fragments, but Number of Frames (0028,0008) is 3"), e.getMessage());
    }

    @Test
    void of_markerScanWhereTheFirstFragmentHasNoMarker_throws() {
        ElementValue.Fragments f = fragments(new long[0], B, A, C);
        DicodecException e = assertThrows(DicodecException.class, () -> EncapsulatedFrames.of(f, dataset(2), JPEG));
        assertTrue(e.getMessage().contains("fragment 0 does not start with"), e.getMessage());
    }

    @Test
    void of_rleWithoutTableAndMoreFragmentsThanFrames_throws() {
        ElementValue.Fragments f = fragments(new long[0], A, B, C);
        DicodecException e = assertThrows(DicodecException.class, () -> EncapsulatedFrames.of(f, dataset(2), RLE));
        assertTrue(e.getMessage().contains("3 fragments for 2 frames"), e.getMessage());
        assertTrue(e.getMessage().contains("RLE Lossless frames have no start marker"), e.getMessage());
    }

    @Test
    void of_extendedOffsetTable_groupsOneFragmentPerFrameCutToItsLength() {
        byte[] f0 = fragment(10, 0xFF, 0xD8);
        byte[] f1 = fragment(12, 0xFF, 0xD8);
        Dataset ds = dataset(2);
        ds.put(Fixtures.ov(Tag.EXTENDED_OFFSET_TABLE, 0, 18));
        ds.put(Fixtures.ov(Tag.EXTENDED_OFFSET_TABLE_LENGTHS, 10, 11));
        EncapsulatedFrames ef = EncapsulatedFrames.of(fragments(new long[0], f0, f1), ds, JPEG);
        assertEquals(Grouping.EXTENDED_OFFSET_TABLE, ef.grouping());
        assertEquals(11, ef.frameLength(1));
        assertArrayEquals(java.util.Arrays.copyOf(f1, 11), ef.frame(1));
        assertArrayEquals(f0, ef.frame(0));
    }

    @Test
    void of_extendedOffsetTableTakesPrecedenceOverAWrongBasicTable() {
        byte[] f0 = fragment(10, 0xFF, 0xD8);
        byte[] f1 = fragment(12, 0xFF, 0xD8);
        Dataset ds = dataset(2);
        ds.put(Fixtures.ov(Tag.EXTENDED_OFFSET_TABLE, 0, 18));
        ds.put(Fixtures.ov(Tag.EXTENDED_OFFSET_TABLE_LENGTHS, 10, 12));
        EncapsulatedFrames ef = EncapsulatedFrames.of(fragments(new long[] {0, 5}, f0, f1), ds, JPEG);
        assertEquals(Grouping.EXTENDED_OFFSET_TABLE, ef.grouping());
        assertEquals(1, ef.warnings().size());
    }

    @Test
    void of_extendedOffsetTableWithTwoFragmentsInAFrame_throws() {
        Dataset ds = dataset(2);
        ds.put(Fixtures.ov(Tag.EXTENDED_OFFSET_TABLE, 0, 32));
        ds.put(Fixtures.ov(Tag.EXTENDED_OFFSET_TABLE_LENGTHS, 16, 24));
        DicodecException e = assertThrows(DicodecException.class,
                () -> EncapsulatedFrames.of(fragments(new long[0], A, B, C, D), ds, JPEG));
        assertEquals(Tag.EXTENDED_OFFSET_TABLE, e.tag());
        assertTrue(e.getMessage().contains("requires one fragment per frame (PS3.5 A.4), but Pixel Data (7FE0,0010)"
                + " has 4 fragments for 2 frames"), e.getMessage());
    }

    @Test
    void of_extendedOffsetTableEntryNotOnItsFragment_throwsWithIndexAndOffset() {
        Dataset ds = dataset(2);
        ds.put(Fixtures.ov(Tag.EXTENDED_OFFSET_TABLE, 0, 20));
        ds.put(Fixtures.ov(Tag.EXTENDED_OFFSET_TABLE_LENGTHS, 10, 20));
        DicodecException e = assertThrows(DicodecException.class,
                () -> EncapsulatedFrames.of(fragments(new long[0], A, C), ds, JPEG));
        assertEquals(2, e.frame());
        assertTrue(e.getMessage().contains("entry 1 is 20, but fragment 1 starts at 18"), e.getMessage());
    }

    @Test
    void of_extendedOffsetTableLengthAboveTheFragment_throws() {
        Dataset ds = dataset(2);
        ds.put(Fixtures.ov(Tag.EXTENDED_OFFSET_TABLE, 0, 18));
        ds.put(Fixtures.ov(Tag.EXTENDED_OFFSET_TABLE_LENGTHS, 10, 21));
        DicodecException e = assertThrows(DicodecException.class,
                () -> EncapsulatedFrames.of(fragments(new long[0], A, C), ds, JPEG));
        assertEquals(Tag.EXTENDED_OFFSET_TABLE_LENGTHS, e.tag());
    }

    @Test
    void of_extendedOffsetTableWithoutLengths_throws() {
        Dataset ds = dataset(2);
        ds.put(Fixtures.ov(Tag.EXTENDED_OFFSET_TABLE, 0, 18));
        DicodecException e = assertThrows(DicodecException.class,
                () -> EncapsulatedFrames.of(fragments(new long[0], A, C), ds, JPEG));
        assertEquals(Tag.EXTENDED_OFFSET_TABLE_LENGTHS, e.tag());
    }

    @Test
    void of_videoSyntax_isOneStreamWhateverNumberOfFramesSays() {
        ElementValue.Fragments f = fragments(new long[0], A, B, C);
        EncapsulatedFrames ef = EncapsulatedFrames.of(f, dataset(30), TransferSyntaxes.H264_HP41);
        assertTrue(ef.isVideoStream());
        assertEquals(1, ef.count());
        assertEquals(30, ef.numberOfFrames());
        assertArrayEquals(concat(A, B, C), ef.frame(0));
        DicodecException e = assertThrows(DicodecException.class, () -> ef.frame(1));
        assertTrue(e.getMessage().contains("the 30 video frames are one stream, index 0"), e.getMessage());
    }

    @Test
    void frame_indexOutOfRange_throwsNamingTheCount() {
        EncapsulatedFrames ef = EncapsulatedFrames.of(fragments(new long[0], A, C), dataset(2), JPEG);
        DicodecException e = assertThrows(DicodecException.class, () -> ef.fragments(2));
        assertTrue(e.getMessage().contains("frame index 2 is out of range: there are 2 frames, indexes 0 to 1"),
                e.getMessage());
    }

    @Test
    void of_noFragments_throws() {
        assertThrows(DicodecException.class, () -> EncapsulatedFrames.of(fragments(new long[0]), dataset(1), JPEG));
    }

    @Test
    void of_nativePixelData_pointsToNativeFrames() {
        Dataset ds = dataset(1);
        Fixtures.nativePixels(ds, new byte[16]);
        DicodecException e = assertThrows(DicodecException.class, () -> EncapsulatedFrames.of(ds, JPEG));
        assertTrue(e.getMessage().contains("NativeFrames"), e.getMessage());
    }
}
