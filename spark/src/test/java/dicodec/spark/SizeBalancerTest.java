package dicodec.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The split of the files into tasks: every file once, bytes about equal, largest first. */
class SizeBalancerTest {
    @Test
    void split_skewedSizes_everyFileOnce_loadsWithinTheLptBound() {
        List<SourceFile> files = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < 500; i++) {
            // a store: mostly small objects, a few huge multi-frame ones
            long size = i % 50 == 0 ? 200_000_000L + r.nextInt(1_000_000) : 100_000 + r.nextInt(2_000_000);
            files.add(new SourceFile("f" + i, size));
        }
        List<List<SourceFile>> parts = SizeBalancer.split(files, 8);

        assertEquals(8, parts.size());
        Set<String> seen = new HashSet<>();
        long total = 0;
        long max = 0;
        long largest = 0;
        for (List<SourceFile> p : parts) {
            long bytes = 0;
            for (int i = 0; i < p.size(); i++) {
                assertTrue(seen.add(p.get(i).relative()), p.get(i) + " twice");
                bytes += p.get(i).size();
                largest = Math.max(largest, p.get(i).size());
                if (i > 0) {
                    assertTrue(p.get(i - 1).size() >= p.get(i).size(), "largest first within a task");
                }
            }
            total += bytes;
            max = Math.max(max, bytes);
        }
        assertEquals(500, seen.size());
        // LPT: the fullest task holds at most the mean plus one file
        assertTrue(max <= total / 8 + largest, max + " vs mean " + total / 8);
        // and within LPT's 4/3 of the best split, which no task can beat: max(mean, largest file)
        assertTrue(max <= 4.0 / 3 * Math.max(total / 8, largest), max + " vs mean " + total / 8);
    }

    @Test
    void split_fewerFilesThanPartitions_oneTaskPerFile_noEmptyTasks() {
        List<List<SourceFile>> parts = SizeBalancer.split(List.of(new SourceFile("a", 5), new SourceFile("b", 0)), 16);
        assertEquals(2, parts.size());
        parts.forEach(p -> assertEquals(1, p.size()));
        assertEquals(1, SizeBalancer.split(List.of(), 4).size(), "no files: one empty task");
    }
}
