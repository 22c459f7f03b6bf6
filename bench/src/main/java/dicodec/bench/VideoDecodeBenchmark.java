package dicodec.bench;

import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.VideoPicture;
import dicodec.core.spi.VideoPictureReader;
import dicodec.core.video.VideoColour;
import java.io.IOException;
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
 * (x264 and libavcodec use every core). The process's CPU time is reported beside
 * ({@link CpuCounter}): on the shared machine it says what free cores would allow.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class VideoDecodeBenchmark {
    public static final int FRAMES = VideoLoop.FRAMES;

    @State(Scope.Benchmark)
    public static class Input {
        /** h264 (.102) or mpeg2 (.100). */
        @Param({"h264", "mpeg2"})
        public String codec;

        /** native (FFmpeg) or java (JCodec). */
        @Param({"native", "java"})
        public String backend;

        public VideoLoop loop;

        @Setup
        public void load() throws IOException {
            loop = new VideoLoop(codec);
        }

        Backend backend() {
            return backend.equals("java") ? Backend.JAVA : Backend.NATIVE;
        }
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public long decode(Input in, CpuCounter cpu) {
        long start = CpuCounter.now();
        Codec c = in.loop.registry.videoDecoderFor(in.loop.syntax, in.loop.videoDescription, in.backend());
        long sum = 0;
        try (VideoPictureReader r = c.videoDecoder().open(in.loop.stream, in.loop.videoDescription)) {
            VideoPicture p;
            while ((p = r.next()) != null) {
                sum += VideoColour.toNative(p, "RGB").pixels()[0];
            }
        }
        cpu.since(start);
        return sum;
    }
}
