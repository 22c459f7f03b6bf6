package dicodec.server.bench;

import dicodec.core.pixel.PixelDescription;
import java.nio.file.Path;
import java.util.List;

/**
 * One image of the corpus as the harness uses it: decoded once to native (Explicit VR Little
 * Endian) into {@code nativeFile}, the input of every encoder, and its frames, the reference of
 * every quality figure.
 *
 * @param id a short name for files and the report (the source's file name, unique)
 * @param source the file of the corpus
 * @param sourceSyntax the transfer syntax it came in
 * @param nativeFile the native copy the encoders read
 * @param description its pixels
 * @param frames the native frames, Little Endian
 */
public record BenchImage(String id, Path source, String sourceSyntax, Path nativeFile, PixelDescription description,
        List<byte[]> frames) {

    /** Pixels of all frames (a colour pixel counts once). */
    public long pixels() {
        return (long) description.rows() * description.columns() * frames.size();
    }

    public long nativeBytes() {
        long n = 0;
        for (byte[] f : frames) {
            n += f.length;
        }
        return n;
    }

    /** "512x512 16/16 signed MONOCHROME2, 1 frame" */
    public String shape() {
        PixelDescription pd = description;
        return pd.columns() + "x" + pd.rows() + " " + pd.bitsAllocated() + "/" + pd.bitsStored()
                + (pd.isSigned() ? " signed " : " ") + pd.photometric() + ", " + frames.size()
                + (frames.size() == 1 ? " frame" : " frames");
    }
}
