package dicodec.server.bench;

import dicodec.core.pixel.PixelDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A peer's tools as whole processes. DICOM peers code the native file at once; frame peers run
 * once per frame on frame files (raw Little Endian samples, or PPM for colour), and their times
 * are the sums, their memory the largest.
 */
final class PeerTool implements BenchTool {
    private final Peer peer;

    PeerTool(Peer peer) {
        this.peer = peer;
    }

    @Override
    public String name() {
        return peer.name();
    }

    @Override
    public boolean ours() {
        return false;
    }

    @Override
    public boolean wholeProcess() {
        return true;
    }

    private static String n(int i) {
        return String.format("%04d", i + 1);
    }

    @Override
    public Run encode(BenchImage image, BenchPoint point, Path dir) throws IOException {
        PixelDescription pd = image.description();
        if (!peer.framewise()) {
            return sum(List.of(peer.encode().of(pd, image.nativeFile(), dir.resolve(DicomOutputs.ENCODED), point)),
                    dir);
        }
        String ext = peer.pixelExt(pd);
        List<List<String>> cmds = new ArrayList<>();
        for (int i = 0; i < image.frames().size(); i++) {
            Path in = dir.resolve("in-" + n(i) + "." + ext);
            if (!Files.exists(in)) {
                writeFrame(image.frames().get(i), pd, ext, in);
            }
            cmds.add(peer.encode().of(pd, in.getFileName(), Path.of("enc-" + n(i) + "." + peer.encodedExt()), point));
        }
        return sum(cmds, dir);
    }

    @Override
    public Run decode(BenchImage image, BenchPoint point, Path dir) throws IOException {
        PixelDescription pd = image.description();
        if (!peer.framewise()) {
            return sum(List.of(peer.decode().of(pd, dir.resolve(DicomOutputs.ENCODED), dir.resolve(
                    DicomOutputs.DECODED), point)), dir);
        }
        List<List<String>> cmds = new ArrayList<>();
        for (int i = 0; i < image.frames().size(); i++) {
            cmds.add(peer.decode().of(pd, Path.of("enc-" + n(i) + "." + peer.encodedExt()),
                    Path.of("dec-" + n(i) + "." + peer.pixelExt(pd)), point));
        }
        return sum(cmds, dir);
    }

    private static Run sum(List<List<String>> cmds, Path dir) throws IOException {
        long nanos = 0;
        long kb = 0;
        for (List<String> c : cmds) {
            ProcessRun r = ProcessRun.run(c, dir);
            if (!r.ok()) {
                return Run.failed(String.join(" ", c.subList(0, Math.min(3, c.size()))) + ": " + r.message());
            }
            nanos += r.nanos();
            kb = Math.max(kb, r.peakKb());
        }
        return new Run(nanos, kb, null);
    }

    @Override
    public long compressedBytes(BenchImage image, Path dir) throws IOException {
        if (!peer.framewise()) {
            return DicomOutputs.compressedBytes(dir);
        }
        long total = 0;
        for (int i = 0; i < image.frames().size(); i++) {
            total += Files.size(dir.resolve("enc-" + n(i) + "." + peer.encodedExt()));
        }
        return total;
    }

    @Override
    public List<byte[]> decodedFrames(BenchImage image, Path dir, StringBuilder note) throws IOException {
        if (!peer.framewise()) {
            return DicomOutputs.decodedFrames(image, dir, note);
        }
        PixelDescription pd = image.description();
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < image.frames().size(); i++) {
            Path f = dir.resolve("dec-" + n(i) + "." + peer.pixelExt(pd));
            byte[] b = Files.readAllBytes(f);
            byte[] samples = f.toString().endsWith(".ppm") ? ppmData(b) : b;
            if (samples.length != image.frames().get(i).length) {
                note.append("decoded frame ").append(i + 1).append(" has ").append(samples.length)
                        .append(" bytes, not ").append(image.frames().get(i).length);
                return null;
            }
            frames.add(samples);
        }
        return frames;
    }

    /** Writes one native frame as the peer reads it: raw as it is, or 8-bit PPM. */
    static void writeFrame(byte[] frame, PixelDescription pd, String ext, Path to) throws IOException {
        if (ext.equals("ppm")) {
            byte[] header = ("P6\n" + pd.columns() + " " + pd.rows() + "\n255\n").getBytes(StandardCharsets.US_ASCII);
            byte[] all = Arrays.copyOf(header, header.length + frame.length);
            System.arraycopy(frame, 0, all, header.length, frame.length);
            Files.write(to, all);
        } else {
            Files.write(to, frame);
        }
    }

    /** The samples of an 8-bit binary PPM/PGM: after magic, width, height and maxval. */
    static byte[] ppmData(byte[] b) {
        int fields = 0;
        int i = 0;
        while (fields < 4 && i < b.length) {
            if (b[i] == '#') {
                while (i < b.length && b[i] != '\n') {
                    i++;
                }
            } else if (Character.isWhitespace(b[i])) {
                i++;
            } else {
                while (i < b.length && !Character.isWhitespace(b[i])) {
                    i++;
                }
                fields++;
            }
        }
        return Arrays.copyOfRange(b, Math.min(b.length, i + 1), b.length);
    }
}
