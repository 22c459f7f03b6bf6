package dicodec.server.bench;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.LossyPolicy;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.Transcoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The images of a directory of DICOM files that the harness measures. Every file with Pixel
 * Data of 8 or 16 bits, 1 or 3 samples, that dicodec decodes, is usable. By default a
 * representative subset is taken so that a run stays short: per kind (grey 16-bit signed, grey
 * 16-bit unsigned, colour 8-bit, multi-frame, grey 8-bit) the largest usable image up to
 * {@link #MAX_PIXELS} pixels, from a lossless source when there is one; {@code all} takes
 * every usable file.
 */
public final class Corpus {
    /** Pixels of all frames of one image in the default subset: keeps one run under 20 minutes. */
    static final long MAX_PIXELS = 1_200_000;

    private Corpus() {
    }

    /** A candidate: the file and what its header says. */
    private record Candidate(Path file, String syntax, PixelDescription pd, boolean lossySource, String kind,
            long pixels) {
    }

    /**
     * The chosen images, decoded to native files in {@code work}. Notes on what was skipped and
     * why go to {@code notes}.
     */
    public static List<BenchImage> load(Path dir, boolean all, int maxFiles, Transcoder transcoder, Path work,
            List<String> notes) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Path f : files) {
            Candidate c = candidate(f);
            if (c != null) {
                candidates.add(c);
            }
        }
        List<Candidate> chosen = all ? candidates : representative(candidates, maxFiles);
        List<BenchImage> images = new ArrayList<>();
        for (Candidate c : chosen) {
            try {
                images.add(prepare(c, dir, transcoder, work, images));
            } catch (IOException | RuntimeException e) {
                notes.add(dir.relativize(c.file()) + " skipped: dicodec cannot decode it (" + e.getMessage() + ")");
            }
        }
        return images;
    }

    private static Candidate candidate(Path f) {
        try (DicomObject o = DicomReader.read(f)) {
            if (!o.dataset().contains(Tag.PIXEL_DATA)) {
                return null;
            }
            PixelDescription pd = PixelDescription.from(o.dataset());
            if (!pd.validate().isEmpty() || pd.bitsAllocated() != 8 && pd.bitsAllocated() != 16
                    || pd.samplesPerPixel() != 1 && pd.samplesPerPixel() != 3 || pd.rows() < 16 || pd.columns() < 16
                    || pd.photometric().startsWith("PALETTE") || pd.photometric().startsWith("YBR_FULL_422")) {
                return null;
            }
            boolean lossy = "01".equals(o.dataset().getString(Tag.LOSSY_IMAGE_COMPRESSION))
                    || o.syntax().lossy() != dicodec.core.syntax.TransferSyntax.Lossiness.LOSSLESS;
            String kind = pd.frames() > 1 ? "multi-frame"
                    : pd.samplesPerPixel() == 3 ? "colour " + pd.bitsAllocated() + "-bit"
                    : "grey " + pd.bitsAllocated() + "-bit" + (pd.bitsAllocated() == 16 ? pd.isSigned() ? " signed"
                            : " unsigned" : "");
            return new Candidate(f, o.syntax().name(), pd, lossy, kind, (long) pd.rows() * pd.columns() * pd.frames());
        } catch (IOException | RuntimeException e) {
            return null; // not DICOM, or not an image dicodec reads: not part of the corpus
        }
    }

    private static List<Candidate> representative(List<Candidate> all, int maxFiles) {
        // in this order: --files 4 (the default) leaves out single-frame 8-bit grey
        List<String> kinds = List.of("grey 16-bit signed", "grey 16-bit unsigned", "colour 8-bit", "multi-frame",
                "grey 8-bit");
        Map<String, Candidate> best = new LinkedHashMap<>();
        Comparator<Candidate> better = Comparator.comparing((Candidate c) -> !c.lossySource())
                .thenComparingLong(Candidate::pixels);
        for (Candidate c : all) {
            if (c.pixels() > MAX_PIXELS) {
                continue;
            }
            best.merge(c.kind(), c, (a, b) -> better.compare(b, a) > 0 ? b : a);
        }
        List<Candidate> out = new ArrayList<>();
        for (String k : kinds) {
            if (best.containsKey(k) && out.size() < maxFiles) {
                out.add(best.get(k));
            }
        }
        return out;
    }

    private static BenchImage prepare(Candidate c, Path dir, Transcoder transcoder, Path work, List<BenchImage> done)
            throws IOException {
        String base = c.file().getFileName().toString().replaceAll("\\.dcm$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
        String id = base;
        for (int k = 2; idTaken(done, id); k++) {
            id = base + "-" + k;
        }
        Path nat = work.resolve(id).resolve("native.dcm");
        Files.createDirectories(nat.getParent());
        try (DicomObject in = DicomReader.read(c.file()); OutputStream out = Files.newOutputStream(nat)) {
            transcoder.transcode(in, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LE).withPolicy(LossyPolicy.ALLOW),
                    out);
        }
        try (DicomObject o = DicomReader.read(nat)) {
            NativeFrames nf = NativeFrames.of(o.dataset());
            List<byte[]> frames = new ArrayList<>();
            for (int i = 0; i < nf.count(); i++) {
                frames.add(nf.frame(i));
            }
            return new BenchImage(id, dir.relativize(c.file()), c.syntax() + (c.lossySource() ? " (lossy)" : ""),
                    nat, nf.description(), frames);
        }
    }

    private static boolean idTaken(List<BenchImage> done, String id) {
        return done.stream().anyMatch(b -> b.id().equals(id));
    }
}
