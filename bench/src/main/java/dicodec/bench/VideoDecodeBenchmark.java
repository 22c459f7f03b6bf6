package dicodec.bench;

import dicodec.core.pixel.PixelDescription;
import dicodec.core.io.Tag;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.EncodeOptions;
import dicodec.core.spi.VideoFormat;
import dicodec.core.spi.VideoPicture;
import dicodec.core.spi.VideoPictureReader;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.video.VideoColour;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-object video decode at 640 x 480, in frames per second (one operation = one
 * frame; each invocation codes the whole loop of {@link #FRAMES} frames). Input: a real
 * ultrasound cine loop (US-PAL-8-10x-echo, palette applied) scaled to 640 x 480 by ffmpeg and
 * repeated, prepared by bench/run-video.sh in -Ddicodec.bench.data. Encode counts the RGB to
 * YBR_PARTIAL_420 conversion and the codec; decode counts the codec and the conversion to RGB,
 * i.e. what a transcode to and from native does per frame. Codec threads: the codec's default
 * (x264 and libavcodec use every core).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class VideoDecodeBenchmark {
    public static final int FRAMES = 120;
    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    @State(Scope.Benchmark)
    public static class Input {
        /** h264 (.102) or mpeg2 (.100). */
        @Param({"h264", "mpeg2"})
        public String codec;

        /** native (FFmpeg) or java (JCodec). */
        @Param({"native", "java"})
        public String backend;

        public final CodecRegistry registry = CodecRegistry.load();
        public byte[][] rgb = new byte[FRAMES][];
        public PixelDescription rgbDescription;
        public PixelDescription videoDescription;
        public TransferSyntax syntax;
        public byte[] stream;

        @Setup
        public void load() throws IOException {
            Path data = Path.of(System.getProperty("dicodec.bench.data", "bench/target/data"));
            byte[] all = Files.readAllBytes(data.resolve("video-640x480.rgb"));
            int frame = WIDTH * HEIGHT * 3;
            for (int i = 0; i < FRAMES; i++) {
                rgb[i] = java.util.Arrays.copyOfRange(all, (i % (all.length / frame)) * frame,
                        (i % (all.length / frame) + 1) * frame);
            }
            syntax = codec.equals("h264") ? TransferSyntaxes.H264_HP41 : TransferSyntaxes.MPEG2_MPML;
            rgbDescription = new PixelDescription(HEIGHT, WIDTH, 3, 8, 8, 7, 0, "RGB", 0, FRAMES, Tag.PIXEL_DATA,
                    List.of());
            videoDescription = new PixelDescription(HEIGHT, WIDTH, 3, 8, 8, 7, 0, "YBR_PARTIAL_420", 0, FRAMES,
                    Tag.PIXEL_DATA, List.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            encode(this, out);
            stream = out.toByteArray();
            System.err.printf("%s: %d frames %dx%d, %d bytes%n", codec, FRAMES, WIDTH, HEIGHT, stream.length);
        }

        Backend backend() {
            return backend.equals("java") ? Backend.JAVA : Backend.NATIVE;
        }
    }

    static long encode(Input in, OutputStream out) throws IOException {
        Codec c = in.registry.videoEncoderFor(in.syntax, in.rgbDescription, Backend.NATIVE);
        int[] next = {0};
        return c.videoEncoder().encode(() -> next[0] < FRAMES
                ? VideoColour.toPicture(in.rgb[next[0]++], in.rgbDescription) : null,
                new VideoFormat(in.syntax, WIDTH, HEIGHT, 25, 1, FRAMES), EncodeOptions.DEFAULT, out).bytes();
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public long decode(Input in) {
        Codec c = in.registry.videoDecoderFor(in.syntax, in.videoDescription, in.backend());
        long sum = 0;
        try (VideoPictureReader r = c.videoDecoder().open(in.stream, in.videoDescription)) {
            VideoPicture p;
            while ((p = r.next()) != null) {
                sum += VideoColour.toNative(p, "RGB").pixels()[0];
            }
        }
        return sum;
    }
}
