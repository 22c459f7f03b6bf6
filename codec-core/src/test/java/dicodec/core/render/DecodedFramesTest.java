package dicodec.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.BulkRef;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.spi.FrameEncoder;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class DecodedFramesTest {
    private static final CodecRegistry NO_CODECS = new CodecRegistry(List.of());

    @Test
    void nativeMultiFrame_givesEachFrameAsStoredWithItsPhotometric() throws Exception {
        try (DicomObject o = VoiWindowTest.read("pydicom-data/SC_rgb_expb_2frame.dcm");
                DecodedFrames frames = DecodedFrames.open(o, NO_CODECS, null)) {
            assertEquals(2, frames.count());
            assertFalse(frames.isEncapsulated());
            assertEquals(100, frames.description().rows());
            DecodedFrame second = frames.frame(1);
            assertEquals("RGB", second.photometric());
            assertArrayEquals(NativeFrames.of(o.dataset()).frame(1), second.pixels());
            assertEquals(100 * 100 * 3, second.pixels().length);
        }
    }

    @Test
    void frame_outOfRange_throwsBadInput() throws Exception {
        try (DicomObject o = VoiWindowTest.read("pydicom-data/SC_rgb.dcm");
                DecodedFrames frames = DecodedFrames.open(o, NO_CODECS, null)) {
            DicodecException e = assertThrows(DicodecException.class, () -> frames.frame(1));
            assertEquals(ErrorKind.BAD_INPUT, e.kind());
            assertTrue(e.getMessage().contains("there is 1 frame"), e.getMessage());
        }
    }

    @Test
    void open_encapsulatedWithoutCodec_isUnsupportedWithTheRegistrysReason() throws Exception {
        try (DicomObject o = VoiWindowTest.read("pydicom-data/OBXXXX1A_rle.dcm")) {
            DicodecException e = assertThrows(DicodecException.class, () -> DecodedFrames.open(o, NO_CODECS, null));
            assertEquals(ErrorKind.UNSUPPORTED, e.kind());
            assertTrue(e.getMessage().contains("RLE Lossless") && e.getMessage().contains("no codec"), e.getMessage());
        }
    }

    @Test
    void open_noPixelData_isBadInput() {
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.88.11"));
        DicomObject report = new DicomObject("sr.dcm", new Dataset(), ds, TransferSyntaxes.EXPLICIT_VR_LE, true,
                List.of());
        DicodecException e = assertThrows(DicodecException.class, () -> DecodedFrames.open(report, NO_CODECS, null));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("no Pixel Data"), e.getMessage());
    }

    @Test
    void encapsulatedFrames_goThroughTheRegistrysDecoderOneFrameEach() {
        byte[][] frames = {frame(1), frame(2), frame(3)};
        List<BulkRef> fragments = new ArrayList<>();
        for (byte[] f : frames) {
            fragments.add(BulkRef.of(even(deflate(f))));
        }
        InflateCodec codec = new InflateCodec(TransferSyntaxes.DEFLATED_IMAGE_FRAME);
        DicomObject o = object(TransferSyntaxes.DEFLATED_IMAGE_FRAME, fragments, 3);
        try (DecodedFrames decoded = DecodedFrames.open(o, new CodecRegistry(List.of(codec)), Backend.JAVA)) {
            assertTrue(decoded.isEncapsulated());
            assertEquals(3, decoded.count());
            assertArrayEquals(frames[2], decoded.frame(2).pixels());
            assertArrayEquals(frames[0], decoded.frame(0).pixels());
            assertEquals(2, codec.calls.get(), "one decode per frame asked for");
        }
    }

    @Test
    void videoStream_isDecodedOnceAndCutIntoFrames() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[][] frames = {frame(4), frame(5), frame(6)};
        for (byte[] f : frames) {
            all.writeBytes(f);
        }
        byte[] stream = even(deflate(all.toByteArray()));
        // the stream split anywhere, as video fragments may be
        List<BulkRef> fragments = List.of(BulkRef.of(java.util.Arrays.copyOfRange(stream, 0, 4)),
                BulkRef.of(java.util.Arrays.copyOfRange(stream, 4, stream.length)));
        InflateCodec codec = new InflateCodec(TransferSyntaxes.MPEG2_MPML);
        DicomObject o = object(TransferSyntaxes.MPEG2_MPML, fragments, 3);
        try (DecodedFrames decoded = DecodedFrames.open(o, new CodecRegistry(List.of(codec)), null)) {
            assertEquals(3, decoded.count());
            assertArrayEquals(frames[1], decoded.frame(1).pixels());
            assertArrayEquals(frames[2], decoded.frame(2).pixels());
            assertArrayEquals(frames[0], decoded.frame(0).pixels());
            assertEquals(1, codec.calls.get(), "the stream is decoded once for all frames");
        }
    }

    private static byte[] frame(int seed) {
        byte[] f = new byte[4 * 6];
        for (int i = 0; i < f.length; i++) {
            f[i] = (byte) (seed * 31 + i * 7);
        }
        return f;
    }

    private static DicomObject object(TransferSyntax ts, List<BulkRef> fragments, int frames) {
        Dataset ds = new Dataset();
        ds.put(us(Tag.SAMPLES_PER_PIXEL, 1));
        ds.put(DicomElement.ofString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, "MONOCHROME2"));
        ds.put(DicomElement.ofString(Tag.NUMBER_OF_FRAMES, VR.IS, String.valueOf(frames)));
        ds.put(us(Tag.ROWS, 4));
        ds.put(us(Tag.COLUMNS, 6));
        ds.put(us(Tag.BITS_ALLOCATED, 8));
        ds.put(us(Tag.BITS_STORED, 8));
        ds.put(us(Tag.HIGH_BIT, 7));
        ds.put(us(Tag.PIXEL_REPRESENTATION, 0));
        ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OB,
                new ElementValue.Fragments(BulkRef.of(new byte[0]), fragments)));
        return new DicomObject("test.dcm", new Dataset(), ds, ts, true, List.of());
    }

    private static DicomElement us(int tag, int v) {
        return DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) v, (byte) (v >> 8)});
    }

    private static byte[] deflate(byte[] in) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(in);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[256];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        return out.toByteArray();
    }

    private static byte[] even(byte[] b) {
        return b.length % 2 == 0 ? b : java.util.Arrays.copyOf(b, b.length + 1);
    }

    /** A real decoder for Deflated Image Frame Compression (raw deflate, PS3.5 8.2.16). */
    private static final class InflateCodec implements Codec, FrameDecoder {
        final AtomicInteger calls = new AtomicInteger();
        private final TransferSyntax syntax;

        InflateCodec(TransferSyntax syntax) {
            this.syntax = syntax;
        }

        @Override
        public DecodedFrame decode(byte[] encoded, PixelDescription pd) {
            calls.incrementAndGet();
            Inflater inf = new Inflater(true);
            inf.setInput(encoded);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[256];
            try {
                while (!inf.finished()) {
                    int n = inf.inflate(buf);
                    if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                        break;
                    }
                    out.write(buf, 0, n);
                }
            } catch (DataFormatException e) {
                throw DicodecException.badInput("deflate: " + e.getMessage());
            }
            return new DecodedFrame(out.toByteArray(), pd.photometric(), pd.planarConfiguration());
        }

        @Override
        public TransferSyntax syntax() {
            return syntax;
        }

        /** For a video syntax: the inflated stream cut into 4:0:0 full-range pictures (Y as is). */
        @Override
        public dicodec.core.spi.VideoDecoder videoDecoder() {
            if (dicodec.core.pixel.CompressionFamily.of(syntax) != dicodec.core.pixel.CompressionFamily.VIDEO) {
                return null;
            }
            return (stream, pd) -> {
                byte[] all = decode(stream, pd).pixels();
                int size = pd.rows() * pd.columns();
                int[] next = {0};
                return new dicodec.core.spi.VideoPictureReader() {
                    @Override
                    public dicodec.core.spi.VideoPicture next() {
                        if ((next[0] + 1) * size > all.length) {
                            return null;
                        }
                        byte[] y = java.util.Arrays.copyOfRange(all, next[0] * size, ++next[0] * size);
                        return new dicodec.core.spi.VideoPicture(pd.columns(), pd.rows(), y, null, null, true);
                    }

                    @Override
                    public void close() {
                    }
                };
            };
        }

        @Override
        public Backend backend() {
            return Backend.JAVA;
        }

        @Override
        public CodecProfile profile() {
            return new CodecProfile(Set.of(8), 1, 8, false, Set.of(1), Set.of("MONOCHROME2"));
        }

        @Override
        public Availability availability() {
            return Availability.YES;
        }

        @Override
        public FrameDecoder decoder() {
            return this;
        }

        @Override
        public FrameEncoder encoder() {
            return null;
        }
    }
}
