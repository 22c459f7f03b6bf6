package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 64 concurrent TranscodeStream calls on loopback for a few seconds, clients cancelling and
 * deadlines passing among them (LoadRun): nothing unexpected, all 64 in flight at once, the
 * heap back where it was. scripts/load.sh runs the same for 5 minutes and writes the figures.
 */
class LoadTest {
    @TempDir
    Path tmp;

    @Test
    void sixtyFourStreams_withCancelsAndDeadlines_endCleanlyAndTheHeapComesBack() throws Exception {
        LoadRun.Figures f = LoadRun.run(64, Duration.ofSeconds(6), tmp);
        System.out.println("LOAD " + f);

        assertEquals(0, f.unexpected(), f.unexpectedSamples().toString());
        // the first round alone: 64 calls, of which 8 cancel and 4 run out of time
        assertTrue(f.completed() >= 52, "completed " + f.completed());
        assertTrue(f.cancelledByClients() >= 8, "clients cancelled half way: " + f);
        assertTrue(f.deadlinesHit() >= 4, "deadlines passed: " + f);
        assertTrue(f.peakInFlight() >= 48, "most of the 64 streams were in flight together: " + f.peakInFlight());
        assertTrue(f.heapAfterMib() - f.heapBeforeMib() < 64, "heap before " + f.heapBeforeMib() + " MiB, after "
                + f.heapAfterMib() + " MiB");
    }
}
