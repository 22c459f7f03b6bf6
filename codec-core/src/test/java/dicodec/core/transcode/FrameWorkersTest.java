package dicodec.core.transcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sliding window of frame workers: order kept, every frame once, failures stop the run. */
class FrameWorkersTest {

    @Test
    void resultsReachTheSinkInFrameOrderWhenLaterFramesFinishFirst() throws Exception {
        List<Integer> seen = new ArrayList<>();
        FrameWorkers.forEachFrame(37, i -> {
            try {
                Thread.sleep((37 - i) % 5); // later frames of a window tend to finish first
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
            return i * 10;
        }, (i, r) -> {
            assertEquals(i * 10, r);
            seen.add(i);
        });
        assertEquals(37, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void aFailingFrameIsRethrownAndLaterFramesAreNotHandedOn() {
        List<Integer> seen = new ArrayList<>();
        DicodecException e = assertThrows(DicodecException.class, () -> FrameWorkers.forEachFrame(50, i -> {
            if (i == 20) {
                throw DicodecException.badInput("frame " + (i + 1) + " is broken");
            }
            return i;
        }, (i, r) -> seen.add(i)));
        assertTrue(e.getMessage().contains("frame 21 is broken"), e.getMessage());
        assertEquals(20, seen.size(), "frames 1 to 20 were handed on, none after the failure");
    }
}
