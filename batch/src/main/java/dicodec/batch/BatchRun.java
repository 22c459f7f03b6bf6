package dicodec.batch;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.transcode.Transcoder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch: walks SRC, transcodes each file into the same place under DST on a fixed pool of
 * threads, and records each outcome (report, progress, summary) on the calling thread, so none
 * of those needs a lock. At most two files per thread are queued: the walk never gets far ahead
 * of the work, whatever the size of SRC.
 *
 * <p>SRC is only read (files are opened read-only, nothing is created in it); DST must not lie
 * inside SRC nor SRC inside DST. Temporary files a killed run left in DST are removed first.
 */
public final class BatchRun {
    private final BatchOptions options;
    private final Transcoder transcoder;
    private final OutputVerifier verifier;
    private final Listener listener;

    /** Told of the batch's progress, on the thread that called {@link #run()}. */
    public interface Listener extends AutoCloseable {
        Listener NONE = new Listener() {
        };

        /** The walk is about to start; {@code files} entries will be reported. */
        default void started(long files) {
        }

        default void finished(FileOutcome outcome) {
        }

        @Override
        default void close() {
        }
    }

    public BatchRun(BatchOptions options, CodecRegistry registry) {
        this(options, registry, Listener.NONE);
    }

    public BatchRun(BatchOptions options, CodecRegistry registry, Listener listener) {
        this.options = options;
        this.listener = listener;
        this.transcoder = new Transcoder(registry);
        this.verifier = new OutputVerifier(transcoder);
    }

    /**
     * Runs the batch to the end; per-file failures are in the report and the summary.
     *
     * @throws DicodecException BAD_INPUT when SRC is not a folder or the trees overlap
     * @throws IOException when DST or the report cannot be written
     */
    public BatchSummary run() throws IOException {
        Path src = options.source().toAbsolutePath().normalize();
        if (!Files.isDirectory(src)) {
            throw DicodecException.badInput("SRC " + options.source() + " is not a folder");
        }
        Path dst = options.destination().toAbsolutePath().normalize();
        Path report = options.report().toAbsolutePath().normalize();
        checkApart(src, dst, report);
        Files.createDirectories(dst);
        BatchSummary summary = new BatchSummary();
        summary.leftoversRemoved(TempFiles.removeLeftovers(dst)
                + (report.startsWith(dst) ? 0 : TempFiles.removeLeftoversOf(report)));
        long total = SourceTree.count(src);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), threads());
        listener.started(total);
        try (ReportWriter rows = ReportWriter.open(report); Listener progress = listener) {
            CompletionService<FileOutcome> done = new ExecutorCompletionService<>(pool);
            int queueLimit = 2 * Math.max(1, options.threads());
            int[] inFlight = {0};
            SourceTree.walk(src, new SourceTree.Visitor() {
                @Override
                public void file(Path file, boolean regular) throws IOException {
                    String rel = relative(src, file);
                    if (!regular) {
                        record(new FileOutcome(rel, FileResult.ERROR, "not a regular file (a symbolic link or a"
                                + " special file): not read", -1, -1, 0, false), rows, progress, summary);
                        return;
                    }
                    done.submit(new FileTask(rel, file, dst, dst.resolve(src.relativize(file).toString()), transcoder,
                            options.transcode(), verifier, options.rules(), options.ruleContext()));
                    inFlight[0]++;
                    while (inFlight[0] >= queueLimit) {
                        record(take(done), rows, progress, summary);
                        inFlight[0]--;
                    }
                }

                @Override
                public void directory(Path dir) throws IOException {
                    try {
                        ConfinedPaths.directories(dst, dst.resolve(src.relativize(dir).toString()));
                    } catch (ConfinedPaths.OutsideDst e) {
                        // not made; each file under it is refused with the reason (FileTask)
                    }
                }
            });
            while (inFlight[0] > 0) {
                record(take(done), rows, progress, summary);
                inFlight[0]--;
            }
            rows.commit();
        } finally {
            pool.shutdownNow();
        }
        return summary;
    }

    private static void record(FileOutcome o, ReportWriter rows, Listener progress, BatchSummary summary)
            throws IOException {
        rows.row(o);
        progress.finished(o);
        summary.add(o);
    }

    private static FileOutcome take(CompletionService<FileOutcome> done) throws IOException {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DicodecException(ErrorKind.INTERNAL, "batch interrupted");
        } catch (ExecutionException e) {
            // FileTask turns every failure into an outcome; reaching this is a bug.
            throw new DicodecException(ErrorKind.INTERNAL, null, 0, -1, -1L, "a batch task failed: " + e.getCause(),
                    e.getCause());
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }

    /** SRC is never written: DST and the report must lie outside it, and SRC outside DST. */
    private static void checkApart(Path src, Path dst, Path report) throws IOException {
        Path realSrc = src.toRealPath();
        Path realDst = realExisting(dst);
        if (realDst.startsWith(realSrc) || realSrc.startsWith(realDst)) {
            throw DicodecException.badInput("DST " + dst + " and SRC " + src + " overlap: the outputs must go to a"
                    + " folder outside SRC (batch never writes into SRC), and SRC must not lie inside DST");
        }
        if (realExisting(report).startsWith(realSrc)) {
            throw DicodecException.badInput("--report " + report + " lies inside SRC, which batch never writes into");
        }
        if (report.startsWith(dst) && Files.exists(src.resolve(dst.relativize(report).toString()))) {
            throw DicodecException.badInput("--report " + report + " is where the output of "
                    + dst.relativize(report) + " from SRC goes; name another report file");
        }
    }

    /** The real path of {@code p}'s nearest existing ancestor, with the rest appended. */
    private static Path realExisting(Path p) throws IOException {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        return existing.toRealPath().resolve(existing.relativize(p).toString()).normalize();
    }

    private static java.util.concurrent.ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dicodec-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
