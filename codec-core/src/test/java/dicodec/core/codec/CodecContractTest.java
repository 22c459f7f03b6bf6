package dicodec.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Availability;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.EncodedFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every codec's test must show, whatever the syntax and backend. A codec's test extends
 * this class, says which codec it is and what it must refuse, and inherits:
 *
 * <ul>
 *   <li>the codec is available, with a reason string;</li>
 *   <li>encode then decode of synthetic frames (gradient, noise, constant; 1x1, 3x3, 17x5 and a
 *       row wider than 128 bytes; every Bits Allocated x Samples per Pixel its profile claims,
 *       signed and unsigned where allowed) gives the input back, bit for bit when
 *       {@link #maxError} is 0, else within it per sample;</li>
 *   <li>the profile refuses what the codec cannot hold, with a reason naming the attribute;</li>
 *   <li>decode of a corrupt stream gives DicodecException BAD_INPUT; no other exception escapes
 *       even from randomly damaged streams.</li>
 * </ul>
 *
 * <p>Decoded frames are compared after both are brought to colour-by-pixel, so a decoder may
 * return either planar configuration as long as it says which.
 */
public abstract class CodecContractTest {
    /** Sizes every codec must take (rows x columns); a subclass may add to them. */
    protected static final int[][] SIZES = {{1, 1}, {3, 3}, {17, 5}, {7, 300}};

    /** A description the codec cannot take, and the attribute its reason must name. */
    public record Refusal(String why, PixelDescription description, int tag) {
    }

    /** A stream that is certainly broken for {@code description}: decoding it gives BAD_INPUT. */
    public record CorruptStream(String fault, PixelDescription description, byte[] stream) {
    }

    /** The codec under test (a fresh or shared instance; it must be safe to call repeatedly). */
    protected abstract Codec codec();

    /** Descriptions the profile must refuse ({@link CodecProfile#whyNot} not null, naming the tag). */
    protected abstract List<Refusal> profileRefusals();

    /** Streams the codec must reject as BAD_INPUT, built byte by byte by the subclass. */
    protected abstract List<CorruptStream> corruptStreams();

    /**
     * Descriptions the profile lets through (so that the codec decodes them) but the encoder
     * refuses with UNSUPPORTED naming the tag. None by default.
     */
    protected List<Refusal> encoderRefusals() {
        return List.of();
    }

    /** The largest difference per sample after encode then decode: 0 (the default) for lossless. */
    protected int maxError(PixelDescription description) {
        return 0;
    }

    /** Options for the encoder; the codec default unless overridden (a lossy codec's quality). */
    protected EncodeOptions encodeOptions() {
        return EncodeOptions.DEFAULT;
    }

    /**
     * The descriptions that must survive encode then decode: by default, for each Bits Allocated
     * and Samples per Pixel of the profile (Bits Allocated that the encoder refuses left out),
     * the widest Bits Stored, a narrower one where the profile allows it, and signed variants
     * where allowed; colour in the profile's first 3-sample photometric, both planar
     * configurations.
     */
    protected List<PixelDescription> roundTripShapes() {
        CodecProfile p = codec().profile();
        List<Integer> refusedBits = new ArrayList<>();
        for (Refusal r : encoderRefusals()) {
            refusedBits.add(r.description().bitsAllocated());
        }
        List<PixelDescription> out = new ArrayList<>();
        for (int ba : new TreeSet<>(p.bitsAllocated())) {
            if (refusedBits.contains(ba)) {
                continue;
            }
            int widest = Math.min(ba, p.maxBitsStored());
            if (widest < p.minBitsStored()) {
                continue;
            }
            List<Integer> stored = new ArrayList<>(List.of(widest));
            int narrow = Math.max(p.minBitsStored(), ba - 4);
            if (narrow < widest && ba > 8) {
                stored.add(narrow);
            }
            for (int samples : new TreeSet<>(p.samplesPerPixel())) {
                String photometric = photometricFor(p, samples);
                if (photometric == null) {
                    continue;
                }
                for (int bs : stored) {
                    for (int signed = 0; signed <= (p.signedAllowed() && samples == 1 ? 1 : 0); signed++) {
                        int planarMax = samples > 1 ? 1 : 0;
                        for (int planar = 0; planar <= planarMax; planar++) {
                            out.add(shape(1, 1, samples, ba, bs, signed, photometric, planar));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String photometricFor(CodecProfile p, int samples) {
        List<String> candidates = samples == 1 ? List.of("MONOCHROME2", "MONOCHROME1")
                : List.of("RGB", "YBR_FULL", "YBR_FULL_422");
        for (String c : candidates) {
            if (p.photometric().contains(c)) {
                return c;
            }
        }
        return null;
    }

    /** A one-frame description of Pixel Data (7FE0,0010). */
    protected static PixelDescription shape(int rows, int columns, int samples, int bitsAllocated, int bitsStored,
            int pixelRepresentation, String photometric, int planar) {
        return new PixelDescription(rows, columns, samples, bitsAllocated, bitsStored, bitsStored - 1,
                pixelRepresentation, photometric, samples > 1 ? planar : 0, 1, Tag.PIXEL_DATA, List.of());
    }

    /** {@code pd} with another size. */
    protected static PixelDescription resized(PixelDescription pd, int rows, int columns) {
        return new PixelDescription(rows, columns, pd.samplesPerPixel(), pd.bitsAllocated(), pd.bitsStored(),
                pd.highBit(), pd.pixelRepresentation(), pd.photometric(), pd.planarConfiguration(), pd.frames(),
                pd.pixelDataTag(), List.of());
    }

    @Test
    void availability_isTrueWithAReason() {
        Availability a = codec().availability();
        assertTrue(a.available(), "not available: " + a.reason());
        assertNotNull(a.reason());
        assertFalse(a.reason().isBlank(), "availability has no reason string");
    }

    @Test
    void codec_hasADecoderOrAnEncoderAndAProfile() {
        Codec c = codec();
        assertNotNull(c.syntax());
        assertNotNull(c.backend());
        assertNotNull(c.profile());
        assertTrue(c.decoder() != null || c.encoder() != null, "neither decoder nor encoder");
    }

    @TestFactory
    List<DynamicTest> encodeThenDecode_syntheticFrames_giveTheInputBack() {
        Codec c = codec();
        List<DynamicTest> tests = new ArrayList<>();
        if (c.encoder() == null || c.decoder() == null) {
            return tests;
        }
        List<PixelDescription> shapes = roundTripShapes();
        assertFalse(shapes.isEmpty(), "no shape to round-trip: the profile claims nothing encodable");
        for (PixelDescription base : shapes) {
            for (int[] size : SIZES) {
                PixelDescription pd = resized(base, size[0], size[1]);
                assertEquals(null, c.profile().whyNot(pd), "the profile refuses a shape built from itself");
                for (SyntheticFrames.Pattern pattern : SyntheticFrames.Pattern.values()) {
                    String name = pattern + " " + describe(pd);
                    tests.add(dynamicTest(name, () -> roundTrip(c, pd, SyntheticFrames.frame(pd, pattern))));
                }
            }
        }
        return tests;
    }

    private void roundTrip(Codec c, PixelDescription pd, byte[] input) {
        EncodedFrame encoded = c.encoder().encode(input.clone(), pd, encodeOptions());
        assertNotNull(encoded.stream());
        assertTrue(encoded.stream().length > 0, "empty stream");
        int max = maxError(pd);
        if (max == 0) {
            assertFalse(encoded.lossy(), "a lossless codec says its output is lossy");
        }
        PixelDescription asEncoded = new PixelDescription(pd.rows(), pd.columns(), pd.samplesPerPixel(),
                pd.bitsAllocated(), pd.bitsStored(), pd.highBit(), pd.pixelRepresentation(), encoded.photometric(),
                pd.planarConfiguration(), 1, pd.pixelDataTag(), List.of());
        DecodedFrame decoded = c.decoder().decode(encoded.stream(), asEncoded);
        assertEquals(pd.photometric(), decoded.photometric(), "decoded photometric");
        assertEquals(input.length, decoded.pixels().length, "decoded frame length");
        byte[] want = SyntheticFrames.toColourByPixel(input, pd, pd.planarConfiguration());
        byte[] got = SyntheticFrames.toColourByPixel(decoded.pixels(), pd, decoded.planarConfiguration());
        if (max == 0) {
            if (!Arrays.equals(want, got)) {
                fail("not bit-exact: first difference at byte " + Arrays.mismatch(want, got) + " of " + want.length);
            }
        } else {
            long worst = SyntheticFrames.maxSampleDifference(want, got, pd);
            assertTrue(worst <= max, "max error " + worst + " > " + max);
        }
    }

    @TestFactory
    List<DynamicTest> profile_refusesWhatItCannotHold_namingTheAttribute() {
        List<DynamicTest> tests = new ArrayList<>();
        List<Refusal> refusals = profileRefusals();
        assertFalse(refusals.isEmpty(), "a codec refuses something: list it");
        for (Refusal r : refusals) {
            tests.add(dynamicTest(r.why(), () -> {
                String why = codec().profile().whyNot(r.description());
                assertNotNull(why, "the profile takes " + describe(r.description()));
                assertTrue(why.contains(Tag.toString(r.tag())), "reason '" + why + "' does not name "
                        + Tag.toString(r.tag()));
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> encoder_refusesWhatItCannotWrite_unsupportedNamingTheAttribute() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Refusal r : encoderRefusals()) {
            tests.add(dynamicTest(r.why(), () -> {
                PixelDescription pd = r.description();
                assertEquals(null, codec().profile().whyNot(pd), "the profile refuses it already: list it in"
                        + " profileRefusals()");
                byte[] frame = SyntheticFrames.frame(pd, SyntheticFrames.Pattern.GRADIENT);
                DicodecException e = assertThrows(DicodecException.class,
                        () -> codec().encoder().encode(frame, pd, encodeOptions()));
                assertEquals(ErrorKind.UNSUPPORTED, e.kind(), e.getMessage());
                assertTrue(e.tag() == r.tag() || e.getMessage().contains(Tag.toString(r.tag())),
                        "'" + e.getMessage() + "' does not name " + Tag.toString(r.tag()));
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> decode_corruptStream_givesBadInput() {
        List<DynamicTest> tests = new ArrayList<>();
        if (codec().decoder() == null) {
            return tests;
        }
        List<CorruptStream> streams = new ArrayList<>(corruptStreams());
        assertFalse(streams.isEmpty(), "list the broken streams the decoder must reject");
        streams.addAll(truncations());
        for (CorruptStream s : streams) {
            tests.add(dynamicTest(s.fault(), () -> {
                DicodecException e = assertThrows(DicodecException.class,
                        () -> codec().decoder().decode(s.stream(), s.description()));
                assertEquals(ErrorKind.BAD_INPUT, e.kind(), e.getMessage());
                assertFalse(e.getMessage().isBlank());
            }));
        }
        return tests;
    }

    /** Valid streams cut short: empty, one byte, half. */
    private List<CorruptStream> truncations() {
        List<CorruptStream> out = new ArrayList<>();
        if (codec().encoder() == null) {
            return out;
        }
        for (PixelDescription base : roundTripShapes()) {
            PixelDescription pd = resized(base, 17, 5);
            byte[] valid = codec().encoder().encode(SyntheticFrames.frame(pd, SyntheticFrames.Pattern.NOISE), pd,
                    encodeOptions()).stream();
            String what = describe(pd);
            out.add(new CorruptStream("empty stream, " + what, pd, new byte[0]));
            out.add(new CorruptStream("first byte only, " + what, pd, Arrays.copyOf(valid, 1)));
            out.add(new CorruptStream("first half only, " + what, pd, Arrays.copyOf(valid, valid.length / 2)));
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> decode_randomlyDamagedStreams_neverThrowAnythingButBadInput() {
        List<DynamicTest> tests = new ArrayList<>();
        Codec c = codec();
        if (c.decoder() == null || c.encoder() == null) {
            return tests;
        }
        for (PixelDescription base : roundTripShapes()) {
            PixelDescription pd = resized(base, 17, 5);
            byte[] valid = c.encoder().encode(SyntheticFrames.frame(pd, SyntheticFrames.Pattern.GRADIENT), pd,
                    encodeOptions()).stream();
            tests.add(dynamicTest(describe(pd), () -> {
                Random random = new Random(valid.length * 31L + pd.bitsAllocated());
                for (int round = 0; round < 200; round++) {
                    byte[] damaged = SyntheticFrames.damage(valid, random);
                    try {
                        DecodedFrame f = c.decoder().decode(damaged, pd);
                        assertNotNull(f.pixels());
                    } catch (DicodecException e) {
                        assertEquals(ErrorKind.BAD_INPUT, e.kind(), "round " + round + ": " + e.getMessage());
                    } catch (RuntimeException e) {
                        throw new AssertionError("round " + round + ": " + e + " escaped the decoder", e);
                    }
                }
            }));
        }
        return tests;
    }

    /** "17x5 RGB planar 0, 16/12 bits, signed" for test names and messages. */
    protected static String describe(PixelDescription pd) {
        return pd.rows() + "x" + pd.columns() + " " + pd.photometric()
                + (pd.samplesPerPixel() > 1 ? " planar " + pd.planarConfiguration() : "") + ", "
                + pd.bitsAllocated() + "/" + pd.bitsStored() + " bits" + (pd.isSigned() ? ", signed" : "");
    }

    /**
     * Synthetic native frames for the round trips, and the helpers that compare and damage them.
     * Values stay within Bits Stored and are sign-extended to Bits Allocated when signed, as a
     * conformant writer leaves them.
     */
    protected static final class SyntheticFrames {
        public enum Pattern { GRADIENT, NOISE, CONSTANT }

        private SyntheticFrames() {
        }

        /** One native frame (Little Endian, packed bits for Bits Allocated 1) of {@code pd}. */
        public static byte[] frame(PixelDescription pd, Pattern pattern) {
            Random random = new Random(pd.rows() * 65_537L + pd.columns() * 31L + pd.bitsAllocated());
            int rows = pd.rows();
            int cols = pd.columns();
            int samples = pd.samplesPerPixel();
            if (pd.bitsAllocated() == 1) {
                byte[] out = new byte[pd.frameLength()];
                for (int i = 0; i < rows * cols; i++) {
                    boolean on = switch (pattern) {
                        case GRADIENT -> (i % cols) * 2 >= cols;
                        case NOISE -> random.nextBoolean();
                        case CONSTANT -> true;
                    };
                    if (on) {
                        out[i >>> 3] |= (byte) (1 << (i & 7));
                    }
                }
                return out;
            }
            int bytes = pd.bitsAllocated() / 8;
            int bs = pd.bitsStored();
            long mask = bs >= 64 ? -1L : (1L << bs) - 1;
            byte[] out = new byte[pd.frameLength()];
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < cols; x++) {
                    for (int s = 0; s < samples; s++) {
                        long v = switch (pattern) {
                            case GRADIENT -> (x * 3L + y * 7L + s * 11L) * (1L << Math.max(0, bs - 8)) + x;
                            case NOISE -> random.nextLong();
                            case CONSTANT -> 0x5A5A_5A5A_5A5AL + s;
                        } & mask;
                        if (pd.isSigned() && bs < 64 && (v >>> (bs - 1) & 1) == 1) {
                            v |= ~mask;
                        }
                        int pixel = y * cols + x;
                        int index = pd.planarConfiguration() == 0 ? (pixel * samples + s) * bytes
                                : (s * rows * cols + pixel) * bytes;
                        for (int b = 0; b < bytes; b++) {
                            out[index + b] = (byte) (v >>> (8 * b));
                        }
                    }
                }
            }
            return out;
        }

        /** {@code frame} (colour-by-plane when {@code planar} is 1) in colour-by-pixel order. */
        public static byte[] toColourByPixel(byte[] frame, PixelDescription pd, int planar) {
            int samples = pd.samplesPerPixel();
            if (samples == 1 || planar == 0 || pd.bitsAllocated() % 8 != 0) {
                return frame;
            }
            int bytes = pd.bitsAllocated() / 8;
            int pixels = pd.rows() * pd.columns();
            byte[] out = new byte[frame.length];
            for (int s = 0; s < samples; s++) {
                for (int p = 0; p < pixels; p++) {
                    System.arraycopy(frame, (s * pixels + p) * bytes, out, (p * samples + s) * bytes, bytes);
                }
            }
            return out;
        }

        /** The largest difference between two colour-by-pixel frames, sample by sample. */
        public static long maxSampleDifference(byte[] a, byte[] b, PixelDescription pd) {
            int bytes = Math.max(1, pd.bitsAllocated() / 8);
            long worst = 0;
            for (int i = 0; i + bytes <= Math.min(a.length, b.length); i += bytes) {
                worst = Math.max(worst, Math.abs(sample(a, i, bytes, pd) - sample(b, i, bytes, pd)));
            }
            return worst;
        }

        private static long sample(byte[] f, int at, int bytes, PixelDescription pd) {
            long v = 0;
            for (int b = bytes - 1; b >= 0; b--) {
                v = v << 8 | (f[at + b] & 0xFF);
            }
            int bs = pd.bitsStored();
            if (bs > 0 && bs < 64) {
                v &= (1L << bs) - 1;
                if (pd.isSigned() && (v >>> (bs - 1) & 1) == 1) {
                    v -= 1L << bs;
                }
            }
            return v;
        }

        /** {@code valid} with a few bytes changed, cut short, or random bytes appended. */
        public static byte[] damage(byte[] valid, Random random) {
            int kind = random.nextInt(10);
            if (kind < 7 && valid.length > 0) {
                byte[] out = valid.clone();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
                return out;
            }
            if (kind < 9) {
                return Arrays.copyOf(valid, random.nextInt(valid.length + 1));
            }
            byte[] out = Arrays.copyOf(valid, valid.length + 1 + random.nextInt(64));
            for (int i = valid.length; i < out.length; i++) {
                out[i] = (byte) random.nextInt(256);
            }
            return out;
        }
    }
}
