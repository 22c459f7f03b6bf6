package dicodec.core.fuzz;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.testing.SharedTestdata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Seeds for the fuzz targets, made at test time from a small selection of ../shared/testdata
 * (never copied into the repository): whole small objects for the parser and the transcoder,
 * first frames with their description prefix for the decoders. Empty when the folder is absent.
 *
 * <p>In fuzzing mode ({@code JAZZER_FUZZ} set) {@link #writeForFuzzing} puts them where
 * Jazzer looks for its generated corpus ({@code .cifuzz-corpus/CLASS/METHOD} in the module),
 * so libFuzzer starts from real files rather than from nothing.
 */
public final class FuzzSeeds {
    /** Objects larger than this make slow seeds; the selection keeps to small ones. */
    static final long MAX_OBJECT = 128 * 1024;
    /** At most this many objects per transfer syntax. */
    static final int PER_SYNTAX = 3;
    /** Damaged copies made of each seed by {@link #withVariants}. */
    static final int VARIANTS = 4;
    /** Frame seeds per decoder, and their largest size in pixels. */
    static final int MAX_FRAMES = 8;
    static final long MAX_SEED_PIXELS = 512 * 512;

    private FuzzSeeds() {
    }

    /** Small objects, at most {@link #PER_SYNTAX} per transfer syntax, in a stable order. */
    public static List<Path> objects() {
        if (!SharedTestdata.present()) {
            return List.of();
        }
        Map<String, Integer> taken = new HashMap<>();
        List<Path> out = new ArrayList<>();
        SharedTestdata.entries().stream().sorted(Comparator.comparing(SharedTestdata.Entry::file)).forEach(e -> {
            String key = String.valueOf(e.transferSyntax());
            if (e.size() <= MAX_OBJECT && Files.isRegularFile(e.path()) && taken.getOrDefault(key, 0) < PER_SYNTAX) {
                taken.merge(key, 1, Integer::sum);
                out.add(e.path());
            }
        });
        return out;
    }

    /** The bytes of {@link #objects()}. */
    public static List<byte[]> objectBytes() {
        List<byte[]> out = new ArrayList<>();
        for (Path p : objects()) {
            out.add(read(p));
        }
        return out;
    }

    /**
     * Description prefix + first frame of the test files whose syntax {@code syntax} accepts:
     * the {@link #MAX_FRAMES} smallest frames of up to {@link #MAX_SEED_PIXELS} pixels, so that
     * a fuzzer's executions stay fast.
     */
    public static List<byte[]> frames(Predicate<TransferSyntax> syntax) {
        List<byte[]> out = new ArrayList<>();
        if (!SharedTestdata.present()) {
            return out;
        }
        for (SharedTestdata.Entry e : SharedTestdata.entries()) {
            if (e.transferSyntax() == null || e.broken() || !Files.isRegularFile(e.path())) {
                continue;
            }
            try (DicomObject obj = DicomReader.read(e.path())) {
                if (!syntax.test(obj.syntax()) || !(obj.dataset().get(Tag.PIXEL_DATA) != null
                        && obj.dataset().get(Tag.PIXEL_DATA).value() instanceof ElementValue.Fragments)) {
                    continue;
                }
                PixelDescription pd = PixelDescription.from(obj.dataset());
                EncapsulatedFrames frames = EncapsulatedFrames.of(obj.dataset(), obj.syntax());
                if (frames.count() == 0 || frames.frameLength(0) > MAX_OBJECT
                        || (long) pd.rows() * pd.columns() > MAX_SEED_PIXELS) {
                    continue;
                }
                byte[] prefix = FuzzHarness.prefix(pd);
                byte[] frame = frames.frame(0);
                byte[] seed = new byte[prefix.length + frame.length];
                System.arraycopy(prefix, 0, seed, 0, prefix.length);
                System.arraycopy(frame, 0, seed, prefix.length, frame.length);
                out.add(seed);
            } catch (RuntimeException | IOException ex) {
                // a file our reader refuses is no seed; FuzzSeedsTest runs the parser over it anyway
            }
        }
        out.sort(Comparator.comparingInt(s -> s.length));
        return out.subList(0, Math.min(out.size(), MAX_FRAMES));
    }

    /**
     * Description prefix + first frame of the small native test objects, encoded to
     * {@code syntax} by the codecs of {@code codecs}: seeds for a decoder whose syntax the
     * test data lacks (HTJ2K).
     */
    public static List<byte[]> encodedFrames(dicodec.core.spi.CodecRegistry codecs, TransferSyntax syntax) {
        List<byte[]> out = new ArrayList<>();
        for (Path p : objects()) {
            try (DicomObject obj = DicomReader.read(p)) {
                if (obj.syntax().encapsulated() || obj.dataset().get(Tag.PIXEL_DATA) == null) {
                    continue;
                }
                PixelDescription pd = PixelDescription.from(obj.dataset());
                if ((long) pd.rows() * pd.columns() > MAX_SEED_PIXELS || pd.bitsAllocated() == 1) {
                    continue;
                }
                byte[] frame = codecs.encoderFor(syntax, pd, null).encoder()
                        .encode(dicodec.core.pixel.NativeFrames.of(obj.dataset()).frame(0), pd,
                                dicodec.core.spi.EncodeOptions.DEFAULT).stream();
                byte[] prefix = FuzzHarness.prefix(pd);
                byte[] seed = java.util.Arrays.copyOf(prefix, prefix.length + frame.length);
                System.arraycopy(frame, 0, seed, prefix.length, frame.length);
                out.add(seed);
            } catch (RuntimeException | IOException ex) {
                // pixels this codec does not take: no seed
            }
            if (out.size() == MAX_FRAMES) {
                break;
            }
        }
        return out;
    }

    /** Seeds of the transcode target: each object once per target index 0..targets-1. */
    public static List<byte[]> transcodeInputs(int targets) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] obj : objectBytes()) {
            for (int t = 0; t < targets; t++) {
                byte[] in = new byte[obj.length + 1];
                in[0] = (byte) t;
                System.arraycopy(obj, 0, in, 1, obj.length);
                out.add(in);
            }
        }
        return out;
    }

    /**
     * Each seed and {@link #VARIANTS} damaged copies: a few bytes flipped after the first
     * {@code keep} bytes, or the tail cut off.
     */
    public static List<byte[]> withVariants(List<byte[]> seeds, int keep) {
        Random rnd = new Random(20261202L);
        List<byte[]> out = new ArrayList<>();
        for (byte[] s : seeds) {
            out.add(s);
            for (int v = 0; v < VARIANTS && s.length > keep + 1; v++) {
                byte[] d;
                if (v == 0) {
                    d = java.util.Arrays.copyOf(s, keep + rnd.nextInt(s.length - keep));
                } else {
                    d = s.clone();
                    for (int k = 0; k < 1 + rnd.nextInt(8); k++) {
                        d[keep + rnd.nextInt(s.length - keep)] ^= (byte) (1 + rnd.nextInt(255));
                    }
                }
                out.add(d);
            }
        }
        return out;
    }

    /** In fuzzing mode, writes {@code seeds} into Jazzer's corpus folder of {@code cls}.{@code method}. */
    public static void writeForFuzzing(Class<?> cls, String method, List<byte[]> seeds) {
        String fuzz = System.getenv("JAZZER_FUZZ");
        if (fuzz == null || fuzz.isEmpty()) {
            return;
        }
        Path dir = Path.of(".cifuzz-corpus", cls.getName(), method);
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < seeds.size(); i++) {
                Files.write(dir.resolve("seed-" + i), seeds.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
