package dicodec.bench;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.render.DecodedFrames;
import dicodec.core.render.PaletteLut;
import dicodec.core.spi.CodecRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the frames of a real cine loop as packed 8-bit RGB (ffmpeg's rgb24 raw), palette
 * applied: the start of the video benchmarks' input, which bench/run-video.sh then scales to
 * 640 x 480 with ffmpeg. Prints "WIDTH HEIGHT FRAMES".
 *
 * <p>Usage: VideoBenchInput IN.dcm OUT.rgb
 */
public final class VideoBenchInput {
    private VideoBenchInput() {
    }

    public static void main(String[] args) throws IOException {
        DicomObject obj = DicomReader.read(Path.of(args[0]));
        PixelDescription pd = PixelDescription.from(obj.dataset());
        boolean palette = pd.photometric().equals("PALETTE COLOR");
        PaletteLut lut = palette ? PaletteLut.fromDataset(obj.dataset(), false) : null;
        int n = pd.rows() * pd.columns();
        try (DecodedFrames frames = DecodedFrames.open(obj, CodecRegistry.load(), null);
                OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            for (int f = 0; f < frames.count(); f++) {
                byte[] p = frames.frame(f).pixels();
                byte[] rgb = new byte[n * 3];
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < 3; c++) {
                        int v;
                        if (lut != null) {
                            v = lut.lookup(c, p[i] & 0xFF) >> Math.max(0, lut.bitsPerEntry() - 8);
                        } else if (pd.samplesPerPixel() == 1) {
                            v = p[i] & 0xFF;
                        } else {
                            v = p[pd.planarConfiguration() == 1 ? c * n + i : 3 * i + c] & 0xFF;
                        }
                        rgb[3 * i + c] = (byte) v;
                    }
                }
                out.write(rgb);
            }
            System.out.println(pd.columns() + " " + pd.rows() + " " + frames.count());
        }
    }
}
