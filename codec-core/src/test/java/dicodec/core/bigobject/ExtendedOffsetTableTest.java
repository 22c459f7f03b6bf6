package dicodec.core.bigobject;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.SyntheticDicom;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 3.99 GiB native object of noise made on the fly, transcoded to RLE: its fragments pass 4 GiB, so the
 * Basic Offset Table is empty and the Extended Offset Table (7FE0,0001) with its Lengths
 * (7FE0,0002) is written, and read back: every offset and length points at its frame, the
 * last of which (past 4 GiB) decodes to the source's pixels. Transcoding the RLE object back
 * to native drops the tables.
 *
 * <p>Tagged "huge" (about 13 GB of temporary disk, minutes): excluded by default; run it with
 * {@code mvn -pl codec-core -Dgroups=huge -DexcludedGroups= -Dtest=ExtendedOffsetTableTest verify}.
 */
@org.junit.jupiter.api.Tag("huge")
class ExtendedOffsetTableTest {
    private static final int ROWS = 2048;
    private static final int COLUMNS = 2048;
    // 8 MiB a frame: 3.99 GiB native, under the 4 GiB - 2 a length field states; RLE of noise
    // grows it by 1/128, so the last frames start past 4 GiB
    private static final int FRAMES = 511;

    @TempDir
    Path tmp;

    @Test
    void rleOutputPast4GiB_hasAnExtendedOffsetTableThatReadsBack() throws Exception {
        Path source = tmp.resolve("big.dcm");
        SyntheticDicom.write(source, ROWS, COLUMNS, FRAMES, 3);
        Path rle = tmp.resolve("big-rle.dcm");
        Transcoder transcoder = new Transcoder(CodecRegistry.load());
        TranscodeResult result;
        try (DicomObject in = DicomReader.read(source);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(rle), 1 << 20)) {
            result = transcoder.transcode(in, TranscodeOptions.to(TransferSyntaxes.RLE), out);
        }
        assertTrue(result.changes().stream().anyMatch(c -> c.tag() == Tag.EXTENDED_OFFSET_TABLE), result.changes()
                .toString());
        assertTrue(Files.size(rle) > (4L << 30), "the output passes 4 GiB: " + Files.size(rle));

        try (DicomObject src = DicomReader.read(source); DicomObject out = DicomReader.read(rle)) {
            ElementValue.Fragments pixels = (ElementValue.Fragments) out.dataset().get(Tag.PIXEL_DATA).value();
            assertEquals(0, pixels.basicOffsetTable().length(), "Basic Offset Table empty (PS3.5 A.4)");
            long[] offsets = longs(out, Tag.EXTENDED_OFFSET_TABLE);
            long[] lengths = longs(out, Tag.EXTENDED_OFFSET_TABLE_LENGTHS);
            assertEquals(FRAMES, offsets.length);
            assertEquals(FRAMES, lengths.length);
            assertTrue(offsets[FRAMES - 1] > 0xFFFFFFFFL, "the last offset needs 64 bits: " + offsets[FRAMES - 1]);
            long expected = 0;
            for (int i = 0; i < FRAMES; i++) {
                assertEquals(expected, offsets[i], "offset of frame " + (i + 1));
                assertEquals(pixels.fragments().get(i).length(), lengths[i], "length of frame " + (i + 1));
                expected += 8 + lengths[i];
            }
            EncapsulatedFrames frames = EncapsulatedFrames.of(out.dataset(), out.syntax());
            assertEquals(EncapsulatedFrames.Grouping.EXTENDED_OFFSET_TABLE, frames.grouping());
            FrameDecoder rleDecoder = CodecRegistry.load().decoderFor(TransferSyntaxes.RLE,
                    NativeFrames.of(src.dataset()).description(), null).decoder();
            NativeFrames original = NativeFrames.of(src.dataset());
            for (int f : new int[] {0, FRAMES - 1}) {
                assertArrayEquals(original.frame(f), rleDecoder.decode(frames.frame(f), original.description())
                        .pixels(), "frame " + (f + 1));
            }
        }
        Files.delete(source);

        Path back = tmp.resolve("back.dcm");
        try (DicomObject in = DicomReader.read(rle);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(back), 1 << 20)) {
            transcoder.transcode(in, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE), out);
        }
        try (DicomObject out = DicomReader.read(back)) {
            assertTrue(!out.dataset().contains(Tag.EXTENDED_OFFSET_TABLE), "native output has no offset table");
            assertTrue(!out.dataset().contains(Tag.EXTENDED_OFFSET_TABLE_LENGTHS));
        }
    }

    private static long[] longs(DicomObject obj, int tag) {
        byte[] b = ((ElementValue.Bytes) obj.dataset().get(tag).value()).ref().read();
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long[] out = new long[b.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = bb.getLong();
        }
        return out;
    }
}
