package dicodec.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Splits the files into partitions of about equal bytes: largest first, each to the partition
 * with the fewest bytes so far (LPT scheduling; within 4/3 of the best split). Spark then runs
 * the partitions on whatever executors are free, so a few huge objects cannot leave one task
 * running long after the others; within a partition the largest files come first.
 */
final class SizeBalancer {
    private SizeBalancer() {
    }

    static List<List<SourceFile>> split(List<SourceFile> files, int partitions) {
        int n = Math.max(1, Math.min(partitions, files.size()));
        List<SourceFile> bySize = new ArrayList<>(files);
        // the name breaks ties, so that the same input always gives the same split
        bySize.sort(Comparator.comparingLong(SourceFile::size).reversed().thenComparing(SourceFile::relative));
        List<List<SourceFile>> parts = new ArrayList<>(n);
        PriorityQueue<long[]> lightest = new PriorityQueue<>(
                Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        for (int i = 0; i < n; i++) {
            parts.add(new ArrayList<>());
            lightest.add(new long[] {0, i});
        }
        for (SourceFile f : bySize) {
            long[] p = lightest.poll();
            parts.get((int) p[1]).add(f);
            p[0] += Math.max(1, f.size());
            lightest.add(p);
        }
        return parts;
    }
}
