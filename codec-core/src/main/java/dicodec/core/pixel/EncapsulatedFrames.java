package dicodec.core.pixel;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.BulkRef;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.syntax.TransferSyntax;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The frames of encapsulated Pixel Data (PS3.5 A.4): which fragments make up which frame.
 *
 * <p>The evidence is taken in this order, the first that applies decides:
 * <ol>
 * <li>the Extended Offset Table (7FE0,0001) with its Lengths (7FE0,0002), which requires one
 *     fragment per frame (PS3.5 A.4, dicom-rules E6);</li>
 * <li>a non-empty Basic Offset Table, checked as dicom-rules E2 says: first offset 0, strictly
 *     increasing, one per frame, each on the Item tag of a fragment;</li>
 * <li>as many fragments as frames: one each;</li>
 * <li>a single frame: all fragments;</li>
 * <li>for JPEG, JPEG-LS, JPEG 2000 and HTJ2K, a marker scan: a fragment that starts with SOI
 *     (FF D8), SOC (FF 4F FF 51) or a JP2 signature box starts a new frame. Other syntaxes (RLE,
 *     Deflated Image Frame) have no such marker, and several frames over fewer or more fragments
 *     without a table is an error for them.</li>
 * </ol>
 *
 * <p>Video syntaxes (MPEG-2, H.264, HEVC) hold one bit stream for all frames (PS3.5 8.2.5 to
 * 8.2.9), split into fragments anywhere: for them {@link #count()} is 1, the stream, whatever
 * Number of Frames says, and {@link #frame(int) frame(0)} is the whole stream.
 *
 * <p>Offsets in both tables are measured from the first byte of the Item tag of the first
 * fragment after the Basic Offset Table, so fragment k starts at the sum of 8 + length of the
 * fragments before it. Frame indexes are 0-based.
 */
public final class EncapsulatedFrames {

    /** Which evidence grouped the fragments. */
    public enum Grouping {
        EXTENDED_OFFSET_TABLE, BASIC_OFFSET_TABLE, ONE_FRAGMENT_PER_FRAME, SINGLE_FRAME, MARKER_SCAN, VIDEO_STREAM
    }

    /** Item tag and length before each fragment's value. */
    private static final int ITEM_HEADER = 8;

    private final List<BulkRef> fragments;
    /** first[i] is the index of frame i's first fragment; first[count] == fragments.size(). */
    private final int[] first;
    /** Frame lengths from the Extended Offset Table Lengths, else null. */
    private final long[] tableLengths;
    private final Grouping grouping;
    private final CompressionFamily family;
    private final int numberOfFrames;
    private final List<String> warnings;

    private EncapsulatedFrames(List<BulkRef> fragments, int[] first, long[] tableLengths, Grouping grouping,
            CompressionFamily family, int numberOfFrames, List<String> warnings) {
        this.fragments = fragments;
        this.first = first;
        this.tableLengths = tableLengths;
        this.grouping = grouping;
        this.family = family;
        this.numberOfFrames = numberOfFrames;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * The frames of the Pixel Data (7FE0,0010) of {@code ds}.
     *
     * @throws DicodecException BAD_INPUT when Pixel Data is absent or native, or the fragments
     *     cannot be grouped into Number of Frames frames
     */
    public static EncapsulatedFrames of(Dataset ds, TransferSyntax ts) {
        DicomElement e = ds.get(Tag.PIXEL_DATA);
        if (e == null) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, "absent: the data set has no pixels to group");
        }
        if (!(e.value() instanceof ElementValue.Fragments f)) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, "is native (" + e.length()
                    + " bytes), not a sequence of fragments; its frames are read with NativeFrames");
        }
        return of(f, ds, ts);
    }

    /**
     * Groups {@code value}'s fragments into frames; {@code ds} gives Number of Frames and the
     * Extended Offset Table, {@code ts} the kind of bit stream.
     */
    public static EncapsulatedFrames of(ElementValue.Fragments value, Dataset ds, TransferSyntax ts) {
        List<String> warnings = new ArrayList<>();
        int frames = PixelAttributes.numberOfFrames(ds, warnings);
        CompressionFamily family = CompressionFamily.of(ts);
        List<BulkRef> fragments = List.copyOf(value.fragments());
        if (fragments.isEmpty()) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA,
                    "has no fragment after the Basic Offset Table: encapsulated data holds at least one (PS3.5 A.4)");
        }
        long[] starts = fragmentStarts(fragments);
        BulkRef bot = value.basicOffsetTable();
        long botLength = bot == null ? 0 : bot.length();

        if (family == CompressionFamily.VIDEO) {
            // One stream, split anywhere: no frame boundary can be read from the fragments.
            return new EncapsulatedFrames(fragments, new int[] {0, fragments.size()}, null, Grouping.VIDEO_STREAM,
                    family, frames, warnings);
        }
        DicomElement eot = ds.get(Tag.EXTENDED_OFFSET_TABLE);
        if (eot != null && eot.length() > 0) {
            if (botLength > 0) {
                warnings.add("the Basic Offset Table holds " + botLength + " bytes although an Extended Offset"
                        + " Table (7FE0,0001) is present (PS3.5 A.4 wants it empty); the Extended Offset Table is used");
            }
            return byExtendedTable(fragments, starts, eot, ds.get(Tag.EXTENDED_OFFSET_TABLE_LENGTHS), frames, family,
                    warnings);
        }
        if (botLength > 0) {
            return byBasicTable(fragments, starts, bot, frames, family, warnings);
        }
        if (fragments.size() == frames) {
            int[] first = new int[frames + 1];
            Arrays.setAll(first, i -> i);
            return new EncapsulatedFrames(fragments, first, null, Grouping.ONE_FRAGMENT_PER_FRAME, family, frames,
                    warnings);
        }
        if (frames == 1) {
            return new EncapsulatedFrames(fragments, new int[] {0, fragments.size()}, null, Grouping.SINGLE_FRAME,
                    family, frames, warnings);
        }
        if (!family.hasFrameMarkers()) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, fragments.size() + " fragments for " + frames
                    + " frames, an empty Basic Offset Table and no Extended Offset Table: "
                    + (ts == null ? "this syntax" : ts.name()) + " frames have no start marker to group them by");
        }
        return byMarkers(fragments, frames, family, warnings);
    }

    /** Start of each fragment's Item tag, counted as the offset tables count. */
    private static long[] fragmentStarts(List<BulkRef> fragments) {
        long[] starts = new long[fragments.size() + 1];
        for (int k = 0; k < fragments.size(); k++) {
            starts[k + 1] = starts[k] + ITEM_HEADER + fragments.get(k).length();
        }
        return starts;
    }

    private static EncapsulatedFrames byExtendedTable(List<BulkRef> fragments, long[] starts, DicomElement eot,
            DicomElement eotLengths, int frames, CompressionFamily family, List<String> warnings) {
        long[] offsets = longs(eot, Tag.EXTENDED_OFFSET_TABLE);
        if (eotLengths == null || eotLengths.length() <= 0) {
            throw DicodecException.badAttribute(Tag.EXTENDED_OFFSET_TABLE_LENGTHS,
                    "absent or empty, but the Extended Offset Table (7FE0,0001) needs it (Type 1C)");
        }
        long[] lengths = longs(eotLengths, Tag.EXTENDED_OFFSET_TABLE_LENGTHS);
        if (offsets.length != frames) {
            throw DicodecException.badAttribute(Tag.EXTENDED_OFFSET_TABLE, "holds " + offsets.length
                    + " offsets, but Number of Frames (0028,0008) is " + frames);
        }
        if (lengths.length != offsets.length) {
            throw DicodecException.badAttribute(Tag.EXTENDED_OFFSET_TABLE_LENGTHS, "holds " + lengths.length
                    + " lengths, but the Extended Offset Table (7FE0,0001) holds " + offsets.length + " offsets");
        }
        if (fragments.size() != frames) {
            throw DicodecException.badAttribute(Tag.EXTENDED_OFFSET_TABLE, "requires one fragment per frame"
                    + " (PS3.5 A.4), but Pixel Data (7FE0,0010) has " + fragments.size() + " fragments for "
                    + frames + (frames == 1 ? " frame" : " frames"));
        }
        for (int i = 0; i < frames; i++) {
            long fragmentLength = fragments.get(i).length();
            if (offsets[i] != starts[i]) {
                throw new DicodecException(ErrorKind.BAD_INPUT, null, i + 1, Tag.EXTENDED_OFFSET_TABLE, -1L,
                        "entry " + i + " is " + offsets[i] + ", but fragment " + i + " starts at " + starts[i], null);
            }
            if (lengths[i] < 0 || lengths[i] > fragmentLength) {
                throw new DicodecException(ErrorKind.BAD_INPUT, null, i + 1, Tag.EXTENDED_OFFSET_TABLE_LENGTHS, -1L,
                        "entry " + i + " is " + Long.toUnsignedString(lengths[i]) + ", but fragment " + i + " holds "
                                + fragmentLength + " bytes", null);
            }
            if (lengths[i] < fragmentLength - 1) {
                // One byte less is the padding to even length; more is data the table hides.
                warnings.add("frame " + (i + 1) + ": Extended Offset Table Lengths (7FE0,0002) gives " + lengths[i]
                        + " bytes of a " + fragmentLength + "-byte fragment; the rest is ignored");
            }
        }
        int[] first = new int[frames + 1];
        Arrays.setAll(first, i -> i);
        return new EncapsulatedFrames(fragments, first, lengths, Grouping.EXTENDED_OFFSET_TABLE, family, frames,
                warnings);
    }

    private static EncapsulatedFrames byBasicTable(List<BulkRef> fragments, long[] starts, BulkRef bot, int frames,
            CompressionFamily family, List<String> warnings) {
        if (bot.length() % 4 != 0) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, "Basic Offset Table is " + bot.length()
                    + " bytes, not a multiple of 4 (one 32-bit offset per frame)");
        }
        if (bot.length() / 4 != frames) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, "Basic Offset Table holds " + bot.length() / 4
                    + " offsets, but Number of Frames (0028,0008) is " + frames);
        }
        ByteBuffer table = ByteBuffer.wrap(bot.read()).order(ByteOrder.LITTLE_ENDIAN);
        int[] first = new int[frames + 1];
        long previous = -1;
        for (int i = 0; i < frames; i++) {
            long offset = table.getInt() & 0xFFFFFFFFL;
            String problem = null;
            if (i == 0 && offset != 0) {
                problem = "is " + offset + ", not 0: the first frame starts at the first fragment";
            } else if (i > 0 && offset <= previous) {
                problem = "is " + offset + ", not above entry " + (i - 1) + " (" + previous
                        + "): offsets must increase";
            }
            int k = Arrays.binarySearch(starts, 0, fragments.size(), offset);
            if (problem == null && k < 0) {
                int before = -k - 2;
                problem = offset >= starts[fragments.size()]
                        ? "is " + offset + ", past the end of the last fragment (the fragments end at "
                                + starts[fragments.size()] + ")"
                        : "is " + offset + ", which lands " + (offset - starts[before]) + " bytes into fragment "
                                + before + " (it starts at " + starts[before] + "), not on a fragment's Item tag";
            }
            if (problem != null) {
                throw new DicodecException(ErrorKind.BAD_INPUT, null, i + 1, Tag.PIXEL_DATA, -1L,
                        "Basic Offset Table entry " + i + " " + problem, null);
            }
            first[i] = k;
            previous = offset;
        }
        first[frames] = fragments.size();
        return new EncapsulatedFrames(fragments, first, null, Grouping.BASIC_OFFSET_TABLE, family, frames,
                warnings);
    }

    private static EncapsulatedFrames byMarkers(List<BulkRef> fragments, int frames, CompressionFamily family,
            List<String> warnings) {
        List<Integer> startsAt = new ArrayList<>();
        for (int k = 0; k < fragments.size(); k++) {
            if (startsFrame(fragments.get(k))) {
                startsAt.add(k);
            } else if (k == 0) {
                throw DicodecException.badAttribute(Tag.PIXEL_DATA, "fragment 0 does not start with a JPEG SOI"
                        + " (FF D8) or JPEG 2000 SOC (FF 4F FF 51) marker, so the fragments cannot be grouped into "
                        + frames + " frames without an offset table");
            }
        }
        if (startsAt.size() != frames) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, "the marker scan found " + startsAt.size()
                    + (startsAt.size() == 1 ? " frame" : " frames") + " (fragments that start with SOI or SOC) in "
                    + fragments.size() + " fragments, but Number of Frames (0028,0008) is " + frames);
        }
        int[] first = new int[frames + 1];
        for (int i = 0; i < frames; i++) {
            first[i] = startsAt.get(i);
        }
        first[frames] = fragments.size();
        warnings.add("no offset table: " + fragments.size() + " fragments grouped into " + frames
                + " frames by their SOI / SOC markers");
        return new EncapsulatedFrames(fragments, first, null, Grouping.MARKER_SCAN, family, frames, warnings);
    }

    /** JPEG / JPEG-LS SOI, JPEG 2000 SOC + SIZ, or a JP2 signature box (seen in the field, K4). */
    static boolean startsFrame(BulkRef fragment) {
        int n = (int) Math.min(8, fragment.length());
        byte[] b = new byte[8];
        fragment.read(0, b, 0, n);
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return true;
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0x4F && (b[2] & 0xFF) == 0xFF
                && (b[3] & 0xFF) == 0x51) {
            return true;
        }
        return n >= 8 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0x0C && b[4] == 'j' && b[5] == 'P'
                && b[6] == ' ' && b[7] == ' ';
    }

    /** The 64-bit Little Endian values of an OV element. */
    private static long[] longs(DicomElement e, int tag) {
        if (!(e.value() instanceof ElementValue.Bytes)) {
            throw DicodecException.badAttribute(tag, "is not a byte value");
        }
        if (e.length() % 8 != 0) {
            throw DicodecException.badAttribute(tag, "is " + e.length() + " bytes, not a multiple of 8 (64-bit values)");
        }
        ByteBuffer bb = ByteBuffer.wrap(e.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        long[] out = new long[(int) (e.length() / 8)];
        for (int i = 0; i < out.length; i++) {
            out[i] = bb.getLong();
        }
        return out;
    }

    /** Frames found: Number of Frames, or 1 for a video stream. */
    public int count() {
        return first.length - 1;
    }

    /** Number of Frames (0028,0008) as the data set says (the count of video frames for video). */
    public int numberOfFrames() {
        return numberOfFrames;
    }

    public Grouping grouping() {
        return grouping;
    }

    public CompressionFamily family() {
        return family;
    }

    /** True for MPEG-2, H.264 and HEVC: frame 0 is the stream of all frames. */
    public boolean isVideoStream() {
        return grouping == Grouping.VIDEO_STREAM;
    }

    /** All fragments, in order. */
    public List<BulkRef> allFragments() {
        return fragments;
    }

    /** What was odd but usable (the table ignored, frames found by markers). */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The fragments of frame {@code frame} (0-based). With an Extended Offset Table the one
     * fragment is cut to the length the table gives.
     */
    public List<BulkRef> fragments(int frame) {
        checkIndex(frame);
        if (tableLengths != null) {
            return List.of(fragments.get(frame).slice(0, tableLengths[frame]));
        }
        return fragments.subList(first[frame], first[frame + 1]);
    }

    /** Bytes of frame {@code frame}'s fragments together. */
    public long frameLength(int frame) {
        long n = 0;
        for (BulkRef r : fragments(frame)) {
            n += r.length();
        }
        return n;
    }

    /**
     * The bytes of frame {@code frame}: its fragments concatenated, read now.
     *
     * @throws DicodecException LIMIT when the frame does not fit in one array
     */
    public byte[] frame(int frame) {
        long length = frameLength(frame);
        if (length > Integer.MAX_VALUE - 8) {
            throw new DicodecException(ErrorKind.LIMIT, null, frame + 1, Tag.PIXEL_DATA, -1L,
                    "a frame of " + length + " bytes does not fit in one array; read its fragments one by one", null);
        }
        byte[] out = new byte[(int) length];
        int at = 0;
        for (BulkRef r : fragments(frame)) {
            r.read(0, out, at, (int) r.length());
            at += (int) r.length();
        }
        return out;
    }

    private void checkIndex(int frame) {
        if (frame < 0 || frame >= count()) {
            String what = isVideoStream()
                    ? "the " + numberOfFrames + " video frames are one stream, index 0"
                    : (count() == 1 ? "there is 1 frame, index 0" : "there are " + count() + " frames, indexes 0 to "
                            + (count() - 1));
            throw new DicodecException(ErrorKind.BAD_INPUT, null, 0, Tag.PIXEL_DATA, -1L,
                    "frame index " + frame + " is out of range: " + what, null);
        }
    }
}
