package dicodec.bench;

import java.io.IOException;
import java.io.OutputStream;
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
 * Whole-object video encode at 640 x 480, in frames per second (one operation = one
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
public class VideoEncodeBenchmark {
    public static final int FRAMES = VideoLoop.FRAMES;

    @State(Scope.Benchmark)
    public static class Input {
        /** h264 (.102) or mpeg2 (.100). */
        @Param({"h264", "mpeg2"})
        public String codec;

        /**
         * x264 speed preset (-Ddicodec.x264.preset) for h264; medium is our default.
         * bench/run-video.sh measures faster presets too (-p x264Preset=...) to show the trade.
         */
        @Param({"medium"})
        public String x264Preset;

        /** FFmpeg only (VideoLoop.encode): JCodec's encoder writes Baseline, not the High Profile .102 names. */
        public VideoLoop loop;

        @Setup
        public void load() throws IOException {
            System.setProperty("dicodec.x264.preset", x264Preset);
            loop = new VideoLoop(codec);
        }
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public long encode(Input in, CpuCounter cpu) throws IOException {
        long start = CpuCounter.now();
        long bytes = in.loop.encode(OutputStream.nullOutputStream());
        cpu.since(start);
        return bytes;
    }
}
