package dicodec.spark;

import dicodec.batch.BatchSpec;
import dicodec.batch.FileOutcome;
import dicodec.batch.FileResult;
import dicodec.batch.FileTask;
import dicodec.batch.Reasons;
import dicodec.core.policy.rules.CompressionRules;
import dicodec.core.transcode.TranscodeOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The work of one object on an executor: the same {@link FileTask} as {@code dicodec batch}
 * (read, resume check, transcode, verify, atomic write), so both give the same result and the
 * same bytes.
 *
 * <p>On a local file system (file:, as in local mode or on a shared mount) the task reads and
 * writes in place. On any other (HDFS, S3, ...) the object is staged: copied to the executor's
 * local disk (with its modification time, which resume compares), transcoded there, and the
 * output uploaded under a temporary name unique to this task attempt, then renamed into place.
 * Either way a killed or retried task leaves at most a temporary file, never a partial output,
 * and two attempts of the same object each write a whole output.
 */
final class ObjectWork {
    private final JobSettings job;
    private final TranscodeOptions options;
    private final CompressionRules rules;
    private final ExecutorCodecs codecs;
    private final Path srcRoot;
    private final Path dstRoot;
    private final FileSystem srcFs;
    private final FileSystem dstFs;

    ObjectWork(JobSettings job, Configuration conf) throws IOException {
        this.job = job;
        BatchSpec spec = job.spec();
        this.options = spec.transcodeOptions();
        this.rules = spec.rules();
        this.codecs = ExecutorCodecs.get();
        this.srcRoot = new Path(job.source());
        this.dstRoot = new Path(job.destination());
        this.srcFs = raw(srcRoot.getFileSystem(conf));
        this.dstFs = raw(dstRoot.getFileSystem(conf));
    }

    /** The report row of one object; every failure is in the row, none escapes. */
    FileOutcome process(SourceFile f) {
        Path src = new Path(srcRoot, f.relative());
        Path out = new Path(dstRoot, f.relative());
        if (!job.stage() && isLocal(srcFs) && isLocal(dstFs)) {
            return task(f, localFile(src), localFile(dstRoot), localFile(out)).call();
        }
        long start = System.nanoTime();
        try {
            return staged(f, src, out);
        } catch (IOException | RuntimeException e) {
            return new FileOutcome(f.relative(), FileResult.ERROR, "staging: " + Reasons.oneLine(e), f.size(), -1,
                    (System.nanoTime() - start) / 1_000_000, true);
        }
    }

    private FileTask task(SourceFile f, java.nio.file.Path src, java.nio.file.Path dst, java.nio.file.Path out) {
        return new FileTask(f.relative(), src, dst, out, codecs.transcoder, options, codecs.verifier, rules,
                job.spec().ruleContext());
    }

    private FileOutcome staged(SourceFile f, Path src, Path out) throws IOException {
        java.nio.file.Path dir = Files.createTempDirectory("dicodec-stage");
        try {
            String name = src.getName();
            java.nio.file.Path localSrc = Files.createDirectories(dir.resolve("src")).resolve(name);
            java.nio.file.Path localOut = Files.createDirectories(dir.resolve("out")).resolve(name);
            download(srcFs, src, localSrc);
            boolean hadOutput = dstFs.exists(out);
            if (hadOutput) {
                download(dstFs, out, localOut); // for the resume check
            }
            FileOutcome o = task(f, localSrc, localOut.getParent(), localOut).call();
            if (o.result() == FileResult.OK) {
                upload(localOut, out);
            } else if (hadOutput && !Files.exists(localOut)) {
                // the task found the earlier output bad and removed it; remove the real one too
                dstFs.delete(out, false);
            }
            return o;
        } finally {
            try (Stream<java.nio.file.Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void download(FileSystem fs, Path from, java.nio.file.Path to) throws IOException {
        FileStatus st = fs.getFileStatus(from);
        try (FSDataInputStream in = fs.open(from)) {
            Files.copy(in, to);
        }
        Files.setLastModifiedTime(to, FileTime.fromMillis(st.getModificationTime()));
    }

    /** Uploads under a name unique to this attempt, then renames it over the output. */
    private void upload(java.nio.file.Path local, Path out) throws IOException {
        dstFs.mkdirs(out.getParent());
        Path temp = new Path(out.getParent(), "." + out.getName() + "." + UUID.randomUUID().toString().substring(0, 8)
                + dicodec.batch.TempFiles.SUFFIX);
        boolean done = false;
        try {
            try (FSDataOutputStream os = dstFs.create(temp, false)) {
                Files.copy(local, os);
                os.hsync();
            }
            if (dstFs.exists(out)) {
                dstFs.delete(out, false); // HDFS's rename does not replace
            }
            if (!dstFs.rename(temp, out)) {
                throw new IOException("could not rename " + temp + " to " + out);
            }
            done = true;
        } finally {
            if (!done) {
                dstFs.delete(temp, false);
            }
        }
    }

    /** The local file system without its .crc side files, which would spoil the mirrored tree. */
    private static FileSystem raw(FileSystem fs) {
        return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
    }

    private static boolean isLocal(FileSystem fs) {
        return "file".equals(fs.getUri().getScheme());
    }

    private static java.nio.file.Path localFile(Path p) {
        return new File(p.toUri().getPath()).toPath();
    }
}
