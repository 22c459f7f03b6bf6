package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.io.BulkRef;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomWriter;
import dicodec.core.io.ElementValue;
import dicodec.core.io.FileByteSource;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.syntax.TransferSyntaxes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB multi-frame object goes Explicit LE -> Big Endian -> Explicit LE through the CLI in
 * a JVM limited to 256 MiB of heap, and comes back byte for byte: Pixel Data is streamed from
 * the file, never held in memory.
 */
@org.junit.jupiter.api.Tag("slow")
class LargeObjectTest {
    private static final int ROWS = 512;
    private static final int COLUMNS = 1024;
    private static final int FRAMES = 1024; // 1 MiB per frame at 16 bits -> 1 GiB

    @TempDir
    Path tmp;

    @Test
    void transcode_oneGibObject_roundTripsByteForByteInA256MibHeap() throws Exception {
        Path original = tmp.resolve("big-le.dcm");
        writeSyntheticObject(original);
        assertTrue(Files.size(original) > (1L << 30), "the object is over 1 GiB");

        ChildJvm.Result toBe = ChildJvm.runCli("256m", tmp, "transcode", "--to", "big-endian", "big-le.dcm",
                "big-be.dcm");
        assertEquals(0, toBe.exitCode(), toBe.output());
        ChildJvm.Result back = ChildJvm.runCli("256m", tmp, "transcode", "--to", "explicit-le", "big-be.dcm",
                "big-le-again.dcm");
        assertEquals(0, back.exitCode(), back.output());

        assertEquals(-1L, Files.mismatch(original, tmp.resolve("big-le-again.dcm")), "round trip is byte-identical");
        // and the Big Endian file really is Big Endian: the first pixel 0x0102 is stored 01 02
        long pixelStart = Files.size(tmp.resolve("big-be.dcm")) - (long) ROWS * COLUMNS * 2 * FRAMES;
        try (FileByteSource be = new FileByteSource(tmp.resolve("big-be.dcm"))) {
            byte[] first = new byte[2];
            be.readFully(pixelStart, first, 0, 2);
            assertEquals(0x01, first[0]);
            assertEquals(0x02, first[1]);
        }
    }

    /** Writes the object by streaming generated frames from a raw file through our writer. */
    private void writeSyntheticObject(Path target) throws IOException {
        Path raw = tmp.resolve("pixels.raw");
        byte[] frame = new byte[ROWS * COLUMNS * 2];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 20)) {
            for (int f = 0; f < FRAMES; f++) {
                for (int i = 0; i < frame.length; i += 2) {
                    int v = f == 0 && i == 0 ? 0x0102 : (f * 7 + i) & 0xFFFF;
                    frame[i] = (byte) v;
                    frame[i + 1] = (byte) (v >>> 8);
                }
                out.write(frame);
            }
        }
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.7.3"));
        ds.put(DicomElement.ofString(Tag.SOP_INSTANCE_UID, VR.UI, "2.25.1234567890"));
        ds.put(DicomElement.ofString(Tag.MODALITY, VR.CS, "OT"));
        ds.put(us(Tag.SAMPLES_PER_PIXEL, 1));
        ds.put(DicomElement.ofString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, "MONOCHROME2"));
        ds.put(DicomElement.ofString(Tag.NUMBER_OF_FRAMES, VR.IS, String.valueOf(FRAMES)));
        ds.put(us(Tag.ROWS, ROWS));
        ds.put(us(Tag.COLUMNS, COLUMNS));
        ds.put(us(Tag.BITS_ALLOCATED, 16));
        ds.put(us(Tag.BITS_STORED, 16));
        ds.put(us(Tag.HIGH_BIT, 15));
        ds.put(us(Tag.PIXEL_REPRESENTATION, 0));
        try (FileByteSource pixels = new FileByteSource(raw);
                OutputStream out = Files.newOutputStream(target)) {
            ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OW,
                    new ElementValue.Bytes(new BulkRef(pixels, 0, pixels.length()), 0)));
            DicomWriter.writeFile(new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_LE, out);
        }
        Files.delete(raw);
    }

    private static DicomElement us(int tag, int v) {
        return DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) v, (byte) (v >> 8)});
    }
}
