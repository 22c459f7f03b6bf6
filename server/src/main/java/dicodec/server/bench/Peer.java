package dicodec.server.bench;

import dicodec.core.pixel.PixelDescription;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * A peer's command-line tool pair for one syntax: how it encodes and decodes, and what it takes.
 * DICOM peers (DCMTK, GDCM) read the native DICOM file and write DICOM; frame peers (OpenJPEG,
 * OpenJPH, ffmpeg) read one frame at a time as raw Little Endian samples or PPM and write a
 * codestream, one process per frame.
 *
 * @param name as the report shows it
 * @param executable looked up on PATH; a peer whose tool is missing is left out and said so
 * @param framewise true for frame peers
 * @param takes the images it can code (bits, sign, colour)
 * @param encode the encode command for (image, input, output, point)
 * @param decode the decode command for (image, input, output, point)
 * @param encodedExt the extension of its encoded file ("dcm" for DICOM peers)
 */
public record Peer(String name, String executable, boolean framewise, Predicate<PixelDescription> takes,
        Command encode, Command decode, String encodedExt) {

    /** Builds one command line. */
    @FunctionalInterface
    public interface Command {
        List<String> of(PixelDescription pd, Path in, Path out, BenchPoint point);
    }

    /** The file a frame peer reads and writes pixels in: PPM for colour, else raw LE samples. */
    String pixelExt(PixelDescription pd) {
        if (pd.samplesPerPixel() == 3 && !executable.equals("ffmpeg")) {
            return "ppm";
        }
        return switch (executable) {
            case "opj_compress", "opj_decompress" -> "rawl"; // OpenJPEG: .rawl is Little Endian raw
            case "ojph_compress" -> "yuv"; // OpenJPH reads and writes raw samples as .yuv
            default -> "raw";
        };
    }
}
