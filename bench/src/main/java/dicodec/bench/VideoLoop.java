package dicodec.bench;

import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.VideoFormat;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.video.VideoColour;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The input of the video benchmarks: {@link #FRAMES} frames of 640 x 480 RGB read from the
 * loop bench/run-video.sh prepares in -Ddicodec.bench.data (repeated when it is shorter), and
 * that loop encoded once with FFmpeg, which the decode benchmark reads.
 */
final class VideoLoop {
    static final int FRAMES = 120;
    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    final CodecRegistry registry = CodecRegistry.load();
    final byte[][] rgb = new byte[FRAMES][];
    final PixelDescription rgbDescription = new PixelDescription(HEIGHT, WIDTH, 3, 8, 8, 7, 0, "RGB", 0, FRAMES,
            Tag.PIXEL_DATA, List.of());
    final PixelDescription videoDescription = new PixelDescription(HEIGHT, WIDTH, 3, 8, 8, 7, 0,
            "YBR_PARTIAL_420", 0, FRAMES, Tag.PIXEL_DATA, List.of());
    final TransferSyntax syntax;
    final byte[] stream;

    /** @param codec h264 (.102) or mpeg2 (.100) */
    VideoLoop(String codec) throws IOException {
        Path data = Path.of(System.getProperty("dicodec.bench.data", "bench/target/data"));
        byte[] all = Files.readAllBytes(data.resolve("video-640x480.rgb"));
        int frame = WIDTH * HEIGHT * 3;
        for (int i = 0; i < FRAMES; i++) {
            rgb[i] = java.util.Arrays.copyOfRange(all, (i % (all.length / frame)) * frame,
                    (i % (all.length / frame) + 1) * frame);
        }
        syntax = codec.equals("h264") ? TransferSyntaxes.H264_HP41 : TransferSyntaxes.MPEG2_MPML;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encode(out);
        stream = out.toByteArray();
        System.err.printf("%s: %d frames %dx%d, %d bytes%n", codec, FRAMES, WIDTH, HEIGHT, stream.length);
    }

    /** Encodes the loop with FFmpeg (RGB to YBR_PARTIAL_420 included); the stream's length. */
    long encode(OutputStream out) throws IOException {
        Codec c = registry.videoEncoderFor(syntax, rgbDescription, Backend.NATIVE);
        int[] next = {0};
        return c.videoEncoder().encode(() -> next[0] < FRAMES
                ? VideoColour.toPicture(rgb[next[0]++], rgbDescription) : null,
                new VideoFormat(syntax, WIDTH, HEIGHT, 25, 1, FRAMES), EncodeOptions.DEFAULT, out).bytes();
    }
}
