package dicodec.server.bench;

import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The syntaxes the harness measures, with their peers and their points: lossless syntaxes have
 * one, lossy ones a rate-distortion sweep whose {@link #timed} point is also timed. Video
 * syntaxes (MPEG-2, H.264) are listed so that they are measured as soon as a codec for them is
 * on the class path; until then the report says they have no codec. Their ffmpeg peer is one
 * more entry in {@link #peers()} when they land.
 */
public enum BenchSyntax {
    RLE(TransferSyntaxes.RLE, List.of(BenchPoint.LOSSLESS), 0),
    JPEG_LOSSLESS_SV1(TransferSyntaxes.JPEG_LOSSLESS_SV1, List.of(BenchPoint.LOSSLESS), 0),
    JPEG_BASELINE(TransferSyntaxes.JPEG_BASELINE, List.of(BenchPoint.quality(50, 12), BenchPoint.quality(75, 6),
            BenchPoint.quality(90, 3), BenchPoint.quality(95, 2)), 2),
    JPEGLS(TransferSyntaxes.JPEG_LS_LOSSLESS, List.of(BenchPoint.LOSSLESS), 0),
    JPEGLS_NEAR(TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS, List.of(BenchPoint.near(1), BenchPoint.near(2),
            BenchPoint.near(4), BenchPoint.near(8)), 1),
    J2K(TransferSyntaxes.JPEG_2000_LOSSLESS, List.of(BenchPoint.LOSSLESS), 0),
    J2K_LOSSY(TransferSyntaxes.JPEG_2000, List.of(BenchPoint.ratio(5, 0), BenchPoint.ratio(10, 0),
            BenchPoint.ratio(20, 0), BenchPoint.ratio(40, 0)), 1),
    HTJ2K(TransferSyntaxes.HTJ2K_LOSSLESS, List.of(BenchPoint.LOSSLESS), 0),
    HTJ2K_LOSSY(TransferSyntaxes.HTJ2K, List.of(BenchPoint.ratio(5, 0.002), BenchPoint.ratio(10, 0.005),
            BenchPoint.ratio(20, 0.01), BenchPoint.ratio(40, 0.02)), 1),
    MPEG2(TransferSyntaxes.MPEG2_MPML, List.of(BenchPoint.quality(90, 3)), 0),
    H264(TransferSyntaxes.H264_HP41, List.of(BenchPoint.quality(90, 3)), 0);

    private final TransferSyntax syntax;
    private final List<BenchPoint> points;
    private final int timed;

    BenchSyntax(TransferSyntax syntax, List<BenchPoint> points, int timed) {
        this.syntax = syntax;
        this.points = points;
        this.timed = timed;
    }

    public TransferSyntax syntax() {
        return syntax;
    }

    /** The short name as the CLI takes it (rle, jpegls-near, j2k-lossy ...). */
    public String shortName() {
        return syntax.shortName();
    }

    public List<BenchPoint> points() {
        return points;
    }

    /** The point that is timed (the others are measured once, for size and quality). */
    public BenchPoint timed() {
        return points.get(timed);
    }

    public boolean lossy() {
        return !points.get(0).lossless();
    }

    /** What dicodec is asked for on top of the syntax: lossy outputs are allowed, not verified (as the peers). */
    List<String> cliOptions(BenchPoint p) {
        List<String> o = new ArrayList<>(p.cliOptions());
        if (lossy()) {
            o.addAll(List.of("--policy", "allow", "--no-verify"));
        }
        return o;
    }

    /** Whether the harness measures this image in this syntax at all (beyond what the codecs take). */
    boolean fits(PixelDescription pd) {
        return switch (this) {
            case JPEG_BASELINE, MPEG2, H264 -> pd.bitsStored() == 8 && pd.bitsAllocated() == 8;
            default -> true;
        };
    }

    public static BenchSyntax byShortName(String name) {
        for (BenchSyntax s : values()) {
            if (s.shortName().equals(name.trim().toLowerCase(Locale.ROOT)) || s.name().equalsIgnoreCase(name.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown syntax '" + name + "' for bench: one of " + names());
    }

    public static String names() {
        List<String> n = new ArrayList<>();
        for (BenchSyntax s : values()) {
            n.add(s.shortName());
        }
        return String.join(", ", n);
    }

    // ---- the peers ----

    private static final Predicate<PixelDescription> ANY = pd -> true;
    private static final Predicate<PixelDescription> UNSIGNED = pd -> !pd.isSigned();
    private static final Predicate<PixelDescription> EIGHT_BIT = pd -> pd.bitsAllocated() == 8;
    /** Frame peers take grey of 8 or 16 bits, or 8-bit colour interleaved. */
    private static final Predicate<PixelDescription> FRAMES = pd -> pd.samplesPerPixel() == 1
            && (pd.bitsAllocated() == 8 || pd.bitsAllocated() == 16)
            || pd.samplesPerPixel() == 3 && pd.bitsAllocated() == 8 && pd.planarConfiguration() == 0;

    private static Peer dicom(String name, String exe, Predicate<PixelDescription> takes, Peer.Command enc,
            Peer.Command dec) {
        return new Peer(name, exe, false, takes, enc, dec, "dcm");
    }

    private static List<String> cmd(Object... parts) {
        List<String> l = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof List<?> list) {
                list.forEach(x -> l.add(x.toString()));
            } else {
                l.add(p.toString());
            }
        }
        return l;
    }

    private static final Peer.Command GDCM_RAW = (pd, in, out, p) -> cmd("gdcmconv", "--raw", in, out);

    /** OpenJPEG reads PPM, or raw with its geometry in -F. */
    private static List<String> opjInput(PixelDescription pd, java.nio.file.Path in) {
        if (pd.samplesPerPixel() == 3) {
            return cmd("-i", in);
        }
        return cmd("-i", in, "-F", pd.columns() + "," + pd.rows() + ",1," + pd.bitsStored() + ","
                + (pd.isSigned() ? "s" : "u"));
    }

    private static List<String> ojphInput(PixelDescription pd, java.nio.file.Path in) {
        if (pd.samplesPerPixel() == 3) {
            return cmd("-i", in);
        }
        return cmd("-i", in, "-dims", "{" + pd.columns() + "," + pd.rows() + "}", "-num_comps", 1, "-signed",
                pd.isSigned(), "-bit_depth", pd.bitsStored(), "-downsamp", "{1,1}");
    }

    private static List<String> ffmpegRawInput(PixelDescription pd, java.nio.file.Path in) {
        return cmd("-f", "rawvideo", "-pix_fmt", pixFmt(pd), "-s", pd.columns() + "x" + pd.rows(), "-i", in);
    }

    private static String pixFmt(PixelDescription pd) {
        return pd.samplesPerPixel() == 3 ? "rgb24" : pd.bitsAllocated() == 8 ? "gray" : "gray16le";
    }

    private static final Peer.Command FFMPEG_DECODE = (pd, in, out, p) -> cmd("ffmpeg", "-y", "-v", "error", "-i", in,
            "-f", "rawvideo", "-pix_fmt", pixFmt(pd), out);

    /** The peers of this syntax, installed or not (the harness checks). */
    public List<Peer> peers() {
        return switch (this) {
            case RLE -> List.of(
                    dicom("DCMTK dcmcrle/dcmdrle", "dcmcrle", ANY, (pd, in, out, p) -> cmd("dcmcrle", in, out),
                            (pd, in, out, p) -> cmd("dcmdrle", in, out)),
                    dicom("GDCM gdcmconv --rle", "gdcmconv", ANY, (pd, in, out, p) -> cmd("gdcmconv", "--rle", in, out),
                            GDCM_RAW));
            case JPEG_LOSSLESS_SV1 -> List.of(
                    dicom("DCMTK dcmcjpeg +e1/dcmdjpeg", "dcmcjpeg", ANY, (pd, in, out, p) -> cmd("dcmcjpeg", "+e1", in,
                            out), (pd, in, out, p) -> cmd("dcmdjpeg", in, out)),
                    dicom("GDCM gdcmconv --jpeg", "gdcmconv", ANY, (pd, in, out, p) -> cmd("gdcmconv", "--jpeg", in,
                            out), GDCM_RAW));
            case JPEG_BASELINE -> List.of(
                    dicom("DCMTK dcmcjpeg +eb/dcmdjpeg", "dcmcjpeg", EIGHT_BIT, (pd, in, out, p) -> cmd("dcmcjpeg",
                            "+eb", "+q", (int) p.value(), in, out), (pd, in, out, p) -> cmd("dcmdjpeg", in, out)),
                    dicom("GDCM gdcmconv --jpeg --lossy", "gdcmconv", EIGHT_BIT, (pd, in, out, p) -> cmd("gdcmconv",
                            "--jpeg", "--lossy", "-q", (int) p.value(), in, out), GDCM_RAW),
                    new Peer("ffmpeg mjpeg (-q:v)", "ffmpeg", true, EIGHT_BIT.and(FRAMES).and(UNSIGNED),
                            (pd, in, out, p) -> cmd("ffmpeg", "-y", "-v", "error", ffmpegRawInput(pd, in), "-c:v",
                                    "mjpeg", "-q:v", (int) p.alt(), "-f", "image2", out), FFMPEG_DECODE, "jpg"));
            case JPEGLS -> List.of(
                    dicom("DCMTK dcmcjpls/dcmdjpls", "dcmcjpls", ANY, (pd, in, out, p) -> cmd("dcmcjpls", in, out),
                            (pd, in, out, p) -> cmd("dcmdjpls", in, out)),
                    dicom("GDCM gdcmconv --jpegls", "gdcmconv", ANY, (pd, in, out, p) -> cmd("gdcmconv", "--jpegls",
                            in, out), GDCM_RAW),
                    new Peer("ffmpeg jpegls", "ffmpeg", true, FRAMES, (pd, in, out, p) -> cmd("ffmpeg", "-y", "-v",
                            "error", ffmpegRawInput(pd, in), "-c:v", "jpegls", "-f", "image2", out), FFMPEG_DECODE,
                            "jls"));
            case JPEGLS_NEAR -> List.of(
                    dicom("DCMTK dcmcjpls +en/dcmdjpls", "dcmcjpls", UNSIGNED, (pd, in, out, p) -> cmd("dcmcjpls",
                            "+en", "+md", (int) p.value(), in, out), (pd, in, out, p) -> cmd("dcmdjpls", in, out)),
                    dicom("GDCM gdcmconv --jpegls --lossy", "gdcmconv", ANY, (pd, in, out, p) -> cmd("gdcmconv",
                            "--jpegls", "--lossy", "-e", (int) p.value(), in, out), GDCM_RAW));
            case J2K -> List.of(
                    dicom("GDCM gdcmconv --j2k", "gdcmconv", ANY, (pd, in, out, p) -> cmd("gdcmconv", "--j2k", in, out),
                            GDCM_RAW),
                    new Peer("OpenJPEG opj_compress/opj_decompress", "opj_compress", true, FRAMES,
                            (pd, in, out, p) -> cmd("opj_compress", opjInput(pd, in), "-o", out),
                            (pd, in, out, p) -> cmd("opj_decompress", "-i", in, "-o", out), "j2k"));
            case J2K_LOSSY -> List.of(
                    dicom("GDCM gdcmconv --j2k --lossy -r", "gdcmconv", ANY, (pd, in, out, p) -> cmd("gdcmconv",
                            "--j2k", "--lossy", "-r", BenchPoint.fmt(p.value()), in, out), GDCM_RAW),
                    // opj_compress counts its ratio over Bits Stored a sample, DICOM over Bits Allocated
                    new Peer("OpenJPEG opj_compress -I -r", "opj_compress", true, FRAMES,
                            (pd, in, out, p) -> cmd("opj_compress", opjInput(pd, in), "-I", "-r", String.format(
                                    Locale.ROOT, "%.3f", p.value() * pd.bitsStored() / pd.bitsAllocated()), "-o", out),
                            (pd, in, out, p) -> cmd("opj_decompress", "-i", in, "-o", out), "j2k"));
            case HTJ2K -> List.of(
                    new Peer("OpenJPH ojph_compress/ojph_expand", "ojph_compress", true, FRAMES,
                            (pd, in, out, p) -> cmd("ojph_compress", ojphInput(pd, in), "-reversible", "true", "-o",
                                    out), (pd, in, out, p) -> cmd("ojph_expand", "-i", in, "-o", out), "j2c"));
            case HTJ2K_LOSSY -> List.of(
                    // OpenJPH has no ratio: a quantisation step per point instead (the plot shows where it lands)
                    new Peer("OpenJPH ojph_compress -qstep", "ojph_compress", true, FRAMES,
                            (pd, in, out, p) -> cmd("ojph_compress", ojphInput(pd, in), "-qstep", p.alt(), "-o", out),
                            (pd, in, out, p) -> cmd("ojph_expand", "-i", in, "-o", out), "j2c"));
            // hooks: ffmpeg -c:v mpeg2video / libx264 peers go here once dicodec has these codecs
            case MPEG2, H264 -> List.of();
        };
    }
}
