package dicodec.core.codec.rle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.codec.CodecContractTest;
import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.syntax.TransferSyntaxes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codec contract for RLE Lossless, and RLE's own broken streams, built byte by byte. */
class RleCodecTest extends CodecContractTest {
    private static final RleLosslessCodec CODEC = new RleLosslessCodec();
    private static final PixelDescription GREY_3X3 = shape(3, 3, 1, 8, 8, 0, "MONOCHROME2", 0);
    private static final PixelDescription GREY16_2X2 = shape(2, 2, 1, 16, 16, 0, "MONOCHROME2", 0);

    @Override
    protected Codec codec() {
        return CODEC;
    }

    @Override
    protected List<Refusal> profileRefusals() {
        return List.of(
                new Refusal("64-bit samples", shape(4, 4, 1, 64, 64, 0, "MONOCHROME2", 0), Tag.BITS_ALLOCATED),
                new Refusal("4 samples (ARGB)", shape(4, 4, 4, 8, 8, 0, "ARGB", 0), Tag.SAMPLES_PER_PIXEL),
                new Refusal("YBR_FULL_422 stores subsampled chroma", shape(4, 4, 3, 8, 8, 0, "YBR_FULL_422", 0),
                        Tag.PHOTOMETRIC_INTERPRETATION),
                new Refusal("YBR_RCT belongs to JPEG 2000", shape(4, 4, 3, 8, 8, 0, "YBR_RCT", 0),
                        Tag.PHOTOMETRIC_INTERPRETATION),
                new Refusal("32-bit Float Pixel Data has no Bits Stored",
                        new PixelDescription(4, 4, 1, 32, 0, -1, -1, "MONOCHROME2", 0, 1, Tag.FLOAT_PIXEL_DATA,
                                List.of()), Tag.BITS_STORED));
    }

    @Override
    protected List<Refusal> encoderRefusals() {
        return List.of(new Refusal("1-bit data is decoded, never encoded",
                shape(8, 8, 1, 1, 1, 0, "MONOCHROME2", 0), Tag.BITS_ALLOCATED));
    }

    @Override
    protected List<CorruptStream> corruptStreams() {
        return List.of(
                new CorruptStream("shorter than the 64-byte header", GREY_3X3, new byte[63]),
                new CorruptStream("16 segments", GREY_3X3, frame(header(16, 64), 0x08, 1, 2, 3, 4, 5, 6, 7, 8, 9)),
                new CorruptStream("0 segments", GREY_3X3, frame(header(0), 0x08, 1, 2, 3, 4, 5, 6, 7, 8, 9)),
                new CorruptStream("2 segments for 8-bit grey", GREY_3X3,
                        frame(header(2, 64, 74), 0x08, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0xF8, 1)),
                new CorruptStream("segment offset past the end", GREY16_2X2,
                        frame(header(2, 64, 999), 0x03, 1, 2, 3, 4, 0xFD, 0)),
                new CorruptStream("segment offset inside the header", GREY_3X3,
                        frame(header(1, 32), 0x08, 1, 2, 3, 4, 5, 6, 7, 8, 9)),
                new CorruptStream("segment offsets decreasing", GREY16_2X2,
                        frame(header(2, 70, 64), 0x03, 1, 2, 3, 4, 0xFD, 0)),
                new CorruptStream("segment decodes to too few bytes", GREY_3X3, frame(header(1, 64), 0x01, 1, 2)),
                new CorruptStream("replicate run past the end of the frame", GREY_3X3,
                        frame(header(1, 64), 0x81, 7)),
                new CorruptStream("literal run past the end of the frame", GREY_3X3,
                        frame(header(1, 64), 0x0F, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)),
                new CorruptStream("literal run cut by the end of the segment", GREY_3X3,
                        frame(header(1, 64), 0x08, 1, 2, 3)),
                new CorruptStream("replicate run without its byte", GREY_3X3, frame(header(1, 64), 0x02, 1, 2, 3, 0xFA)),
                new CorruptStream("runs after the segment is full", GREY_3X3,
                        frame(header(1, 64), 0xF8, 5, 0xFF, 6)),
                new CorruptStream("second segment too short", GREY16_2X2,
                        frame(header(2, 64, 70), 0x03, 1, 2, 3, 4, 0x80, 0xFF, 0)));
    }

    /** The 64-byte header: count, then offsets, the rest 0. */
    static byte[] header(int count, int... offsets) {
        ByteBuffer bb = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        bb.putInt(count);
        for (int o : offsets) {
            bb.putInt(o);
        }
        return bb.array();
    }

    /** Header followed by the given bytes (ints for readability: 0xFD is the run header -3). */
    static byte[] frame(byte[] header, int... body) {
        byte[] out = new byte[header.length + body.length];
        System.arraycopy(header, 0, out, 0, header.length);
        for (int i = 0; i < body.length; i++) {
            out[header.length + i] = (byte) body[i];
        }
        return out;
    }

    @Test
    void decode_segmentOffsetPastTheEnd_namesTheHeaderByte() {
        byte[] broken = frame(header(2, 64, 999), 0x03, 1, 2, 3, 4, 0xFD, 0);
        DicodecException e = assertThrows(DicodecException.class, () -> CODEC.decoder().decode(broken, GREY16_2X2));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals(8, e.offset(), "the second offset lies at byte 8 of the header");
        assertTrue(e.getMessage().contains("past the end"), e.getMessage());
    }

    @Test
    void decode_shortSecondSegment_namesTheSegmentAndItsEnd() {
        byte[] broken = frame(header(2, 64, 70), 0x03, 1, 2, 3, 4, 0x80, 0xFF, 0);
        DicodecException e = assertThrows(DicodecException.class, () -> CODEC.decoder().decode(broken, GREY16_2X2));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals(broken.length, e.offset(), "the segment ends at the end of the frame");
        assertTrue(e.getMessage().contains("segment 2 of 2"), e.getMessage());
        assertTrue(e.getMessage().contains("decodes to 2 bytes, 4 expected"), e.getMessage());
    }

    @Test
    void decode_sixteenBitGrey_msbSegmentFirst() {
        // Segment 1 holds the high bytes 01 02 03 04, segment 2 the low bytes: a replicate run of FF.
        byte[] stream = frame(header(2, 64, 70), 0x03, 1, 2, 3, 4, 0x80, 0xFD, 0xFF);
        DecodedFrame f = CODEC.decoder().decode(stream, GREY16_2X2);
        assertArrayEquals(new byte[] {(byte) 0xFF, 1, (byte) 0xFF, 2, (byte) 0xFF, 3, (byte) 0xFF, 4}, f.pixels());
        assertEquals("MONOCHROME2", f.photometric());
    }

    @Test
    void decode_colour_keepsThePlanarConfigurationOfTheDataSet() {
        // 2 pixels RGB: R = 10 11, G = 20 21, B = 30 31.
        byte[] stream = frame(header(3, 64, 68, 72), 0x01, 10, 11, 0, 0x01, 20, 21, 0, 0x01, 30, 31, 0);
        DecodedFrame byPixel = CODEC.decoder().decode(stream, shape(1, 2, 3, 8, 8, 0, "RGB", 0));
        assertArrayEquals(new byte[] {10, 20, 30, 11, 21, 31}, byPixel.pixels());
        assertEquals(0, byPixel.planarConfiguration());
        DecodedFrame byPlane = CODEC.decoder().decode(stream, shape(1, 2, 3, 8, 8, 0, "RGB", 1));
        assertArrayEquals(new byte[] {10, 11, 20, 21, 30, 31}, byPlane.pixels());
        assertEquals(1, byPlane.planarConfiguration());
    }

    @Test
    void decode_oneBit_readsOneSegmentOfPackedBits() {
        // 3 x 5 = 15 pixels: 2 bytes of bits, least significant first, as native 1-bit data.
        PixelDescription bits = shape(3, 5, 1, 1, 1, 0, "MONOCHROME2", 0);
        DecodedFrame f = CODEC.decoder().decode(frame(header(1, 64), 0x01, 0xA5, 0x3C), bits);
        assertArrayEquals(new byte[] {(byte) 0xA5, 0x3C}, f.pixels());
    }

    @Test
    void registry_findsTheCodecThroughServiceLoader() {
        Codec found = CodecRegistry.load().encoderFor(TransferSyntaxes.RLE, GREY16_2X2, null);
        assertEquals(RleLosslessCodec.class, found.getClass());
        assertEquals(Backend.JAVA, found.backend());
        assertEquals("1.2.840.10008.1.2.5", found.syntax().uid());
    }

    @Test
    void encoder_sixtyFourBitRgb_isRefusedByTheLayout() {
        // Not in the profile either; the layout says why in RLE's own terms (24 segments > 15).
        PixelDescription wide = shape(1, 1, 3, 64, 64, 0, "RGB", 0);
        DicodecException e = assertThrows(DicodecException.class, () -> RleLayout.of(wide));
        assertEquals(ErrorKind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains("24 segments"), e.getMessage());
    }
}
