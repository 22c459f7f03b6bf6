package dicodec.server.grpc;

import dicodec.core.spi.CodecRegistry;
import dicodec.core.testing.SyntheticDicom;
import dicodec.grpc.v1.TranscodeOptions;
import dicodec.grpc.v1.TranscoderGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives {@code concurrency} TranscodeStream calls at once, for a while, against a real server
 * on loopback (Netty, in this JVM): objects of 1 MiB of noise to RLE, JPEG Lossless and Big
 * Endian in turn; one call in 8 cancels half way through its upload, one in 16 has a
 * deadline too short to finish. Records latencies of the calls that complete, every
 * unexpected outcome, the peak of calls in flight and the heap after a full GC before and
 * after. LoadTest runs it for seconds; scripts/load.sh runs {@link #main} for minutes.
 */
public final class LoadRun {
    private static final List<String> TARGETS = List.of("rle", "1.2.840.10008.1.2.4.70", "big-endian");

    /** What a run measured. */
    record Figures(int concurrency, long seconds, long completed, long cancelledByClients, long deadlinesHit,
            long busy, long unexpected, double p50Millis, double p99Millis, long heapBeforeMib, long heapAfterMib,
            int peakInFlight, List<String> unexpectedSamples) {
        String markdownRow() {
            return String.format(java.util.Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %d | %.0f | %.0f | %d | %d | %d |",
                    concurrency, seconds, completed, cancelledByClients, deadlinesHit, busy, unexpected, p50Millis,
                    p99Millis, heapBeforeMib, heapAfterMib, peakInFlight);
        }
    }

    private LoadRun() {
    }

    static Figures run(int concurrency, Duration duration, Path spool) throws Exception {
        ServerConfig d = ServerConfig.defaults();
        ServerConfig config = new ServerConfig("127.0.0.1", 0, d.maxMessageBytes(), d.maxFrames(), d.maxFramePixels(),
                concurrency, 256 << 10, spool, Duration.ofSeconds(10));
        byte[] object = SyntheticDicom.noise(256, 256, 8);
        TranscoderServer server = new TranscoderServer(TranscoderServer.netty(config), config, CodecRegistry.load())
                .start();
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext()
                .maxInboundMessageSize(16 << 20).build();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicLong cancelled = new AtomicLong();
        AtomicLong deadlines = new AtomicLong();
        AtomicLong busy = new AtomicLong();
        AtomicInteger peak = new AtomicInteger();
        try {
            // one warm-up call per target, then the heap baseline
            for (String t : TARGETS) {
                oneCall(channel, object, t, false, false, latencies, unexpected, cancelled, deadlines, busy);
            }
            latencies.clear();
            long heapBefore = heapAfterGcMib();
            long end = System.nanoTime() + duration.toNanos();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                final int client = c;
                running.add(clients.submit(() -> {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        int k = client + i; // spread over clients, so that even one round has some of each
                        oneCall(channel, object, TARGETS.get(k % TARGETS.size()), k % 8 == 7, k % 16 == 10,
                                latencies, unexpected, cancelled, deadlines, busy);
                    }
                    return null;
                }));
            }
            while (running.stream().anyMatch(f -> !f.isDone())) {
                peak.accumulateAndGet(server.inFlight(), Math::max);
                Thread.sleep(5);
            }
            for (Future<?> f : running) {
                f.get();
            }
            if (!InProcessServer.eventually(() -> server.inFlight() == 0)) {
                unexpected.add("calls still in flight after the run: " + server.inFlight());
            }
            long heapAfter = heapAfterGcMib();
            try (var left = Files.list(spool)) {
                long n = left.count();
                if (n > 0) {
                    unexpected.add(n + " spool file(s) left after the run");
                }
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Figures(concurrency, duration.toSeconds(), sorted.size(), cancelled.get(), deadlines.get(),
                    busy.get(), unexpected.size(), percentile(sorted, 0.50), percentile(sorted, 0.99), heapBefore,
                    heapAfter,
                    peak.get(), List.copyOf(unexpected.subList(0, Math.min(5, unexpected.size()))));
        } finally {
            clients.shutdownNow();
            channel.shutdownNow();
            server.stopGracefully(Duration.ofSeconds(5));
        }
    }

    /** One call; records its latency, or why it ended otherwise when that was not the plan. */
    private static void oneCall(ManagedChannel channel, byte[] object, String target, boolean cancel,
            boolean shortDeadline, List<Long> latencies, List<String> unexpected, AtomicLong cancelled,
            AtomicLong deadlines, AtomicLong busy) throws InterruptedException {
        long start = System.nanoTime();
        StreamingClient c = new StreamingClient(TranscodeOptions.newBuilder().setTargetSyntax(target).build(),
                new ByteArrayInputStream(object), 64 << 10, OutputStream.nullOutputStream(),
                cancel ? object.length / 2 : -1, -1);
        TranscoderGrpc.TranscoderStub stub = TranscoderGrpc.newStub(channel);
        if (shortDeadline) {
            stub = stub.withDeadlineAfter(1, TimeUnit.MILLISECONDS);
        }
        stub.transcodeStream(c);
        if (cancel) {
            if (!c.awaitPause(60)) {
                unexpected.add("a call to cancel never paused");
                return;
            }
            c.cancel();
        }
        if (!c.await(120)) {
            unexpected.add("a call to " + target + " did not end in 120 s");
            return;
        }
        Status.Code code = c.error == null ? Status.Code.OK : Status.fromThrowable(c.error).getCode();
        if (cancel && code == Status.Code.CANCELLED) {
            cancelled.incrementAndGet();
        } else if (shortDeadline && code == Status.Code.DEADLINE_EXCEEDED) {
            deadlines.incrementAndGet();
        } else if (code == Status.Code.RESOURCE_EXHAUSTED) {
            // a slot is freed once the server has cleaned up after a call, a moment after its
            // client saw the end: the next call of a client that just cancelled may find all
            // max-concurrent-calls taken. What a client should do then: wait and try again.
            busy.incrementAndGet();
            Thread.sleep(20);
        } else if (code == Status.Code.OK && c.header != null && c.header.getFrames() == 8) {
            latencies.add(System.nanoTime() - start);
        } else {
            unexpected.add(target + ": " + code + " " + (c.error == null ? "" : c.error.getMessage()));
        }
    }

    private static double percentile(List<Long> sortedNanos, double q) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.min(sortedNanos.size() - 1, Math.ceil(q * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, i)) / 1e6;
    }

    private static long heapAfterGcMib() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** scripts/load.sh: {@code LoadRun CONCURRENCY SECONDS RESULTS.md}. */
    public static void main(String[] args) throws Exception {
        int concurrency = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        Path spool = Files.createTempDirectory("dicodec-load");
        Figures f = run(concurrency, Duration.ofSeconds(seconds), spool);
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        String text = "# Load figures\n\nWritten by `bash scripts/load.sh " + concurrency + " " + seconds + "` on "
                + java.time.Instant.now().toString().substring(0, 16) + "Z, " + Runtime.getRuntime().availableProcessors()
                + " cores, heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, load average at the end "
                + load + " (other work shares the machine).\n"
                + "Each client loops TranscodeStream calls of a 1 MiB object (RLE, JPEG Lossless, Big Endian in turn);"
                + " one call in 8 cancels half way through its upload, one in 16 has a 1 ms deadline. Latency:"
                + " the calls that completed, client side. Heap: used after a full GC, before and after the run."
                + " Busy: RESOURCE_EXHAUSTED (all max-concurrent-calls = streams taken, a slot freed a moment"
                + " after a cancelled call's client saw its end), the client retries 20 ms later."
                + " Unexpected: any other outcome (an error, a hang, a call or spool file left over).\n\n"
                + "| streams | seconds | completed | cancelled by clients | deadlines hit | busy | unexpected | p50 ms"
                + " | p99 ms | heap before MiB | heap after MiB | peak in flight |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n" + f.markdownRow() + "\n"
                + (f.unexpectedSamples().isEmpty() ? "" : "\nUnexpected: " + f.unexpectedSamples() + "\n");
        Files.writeString(Path.of(args[2]), text);
        System.out.print(text);
        System.exit(f.unexpected() == 0 ? 0 : 1);
    }
}
