package dicodec.spark;

import dicodec.batch.TempFiles;
import dicodec.core.error.DicodecException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The objects of a job, listed on the driver through the Hadoop FileSystem API (so SRC may be on
 * any file system the cluster has a connector for): every file under SRC, or the files a list
 * names. Sizes come with the listing, for the balancing.
 */
final class SourceListing {
    private SourceListing() {
    }

    static List<SourceFile> list(JobSettings job, Configuration conf) throws IOException {
        Path src = new Path(job.source());
        FileSystem fs = src.getFileSystem(conf);
        Path root = fs.makeQualified(src);
        if (!fs.getFileStatus(root).isDirectory()) {
            throw DicodecException.badInput("SRC " + job.source() + " is not a folder");
        }
        return job.fileList() == null ? walk(fs, root) : fromList(fs, root, new Path(job.fileList()), conf);
    }

    private static List<SourceFile> walk(FileSystem fs, Path root) throws IOException {
        List<SourceFile> out = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus st = it.next();
            out.add(new SourceFile(relative(root, fs.makeQualified(st.getPath())), st.getLen()));
        }
        return out;
    }

    /** One path a line; blank lines and lines starting with '#' are skipped. */
    private static List<SourceFile> fromList(FileSystem fs, Path root, Path list, Configuration conf)
            throws IOException {
        List<SourceFile> out = new ArrayList<>();
        FileSystem listFs = list.getFileSystem(conf);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(listFs.open(list), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Path p = new Path(line);
                Path file = fs.makeQualified(p.isAbsolute() ? p : new Path(root, line));
                String rel = relative(root, file);
                if (rel == null) {
                    throw DicodecException.badInput(list + " line " + n + ": " + line + " is not under SRC " + root
                            + " (outputs mirror SRC, so every source must lie in it)");
                }
                FileStatus st = fs.getFileStatus(file);
                out.add(new SourceFile(rel, st.getLen()));
            }
        }
        return out;
    }

    /** {@code file}'s path under {@code root}, '/' separated; null when it is not under it. */
    static String relative(Path root, Path file) {
        String r = root.toUri().getPath();
        String f = file.toUri().getPath();
        String prefix = r.endsWith("/") ? r : r + "/";
        return f.startsWith(prefix) ? f.substring(prefix.length()) : null;
    }

    /** Deletes the temporary files a killed run left under DST; returns how many. */
    static int removeLeftovers(Path dst, Configuration conf) throws IOException {
        FileSystem fs = dst.getFileSystem(conf);
        if (!fs.exists(dst)) {
            return 0;
        }
        int removed = 0;
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dst, true);
        List<Path> temps = new ArrayList<>();
        while (it.hasNext()) {
            Path p = it.next().getPath();
            if (TempFiles.isTemp(java.nio.file.Path.of(p.getName()))) {
                temps.add(p);
            }
        }
        for (Path p : temps) {
            if (fs.delete(p, false)) {
                removed++;
            }
        }
        return removed;
    }
}
