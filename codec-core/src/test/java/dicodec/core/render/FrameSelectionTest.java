package dicodec.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import org.junit.jupiter.api.Test;

class FrameSelectionTest {
    @Test
    void parse_listsAndRanges_giveZeroBasedIndexesInTheOrderWritten() {
        assertArrayEquals(new int[] {0, 2, 4, 5, 6}, FrameSelection.parse("1,3,5-7", 10));
        assertArrayEquals(new int[] {9, 0}, FrameSelection.parse(" 10 , 1 ", 10));
    }

    @Test
    void parse_emptyOrAll_givesEveryFrame() {
        assertArrayEquals(new int[] {0, 1, 2}, FrameSelection.parse("", 3));
        assertArrayEquals(new int[] {0, 1, 2}, FrameSelection.parse("ALL", 3));
        assertArrayEquals(new int[] {0, 1, 2}, FrameSelection.parse(null, 3));
    }

    @Test
    void parse_aFrameNamedTwice_comesOnce() {
        assertArrayEquals(new int[] {1, 2, 3}, FrameSelection.parse("2-3,3,2-4", 5));
    }

    @Test
    void parse_frameBeyondTheLast_throwsBadInputNamingThePartAndTheCount() {
        DicodecException e = assertThrows(DicodecException.class, () -> FrameSelection.parse("1,12", 10));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("'12'") && e.getMessage().contains("10 frames (1 to 10)"), e.getMessage());
    }

    @Test
    void parse_rangePastTheEnd_throwsBadInput() {
        DicodecException e = assertThrows(DicodecException.class, () -> FrameSelection.parse("2-4", 3));
        assertTrue(e.getMessage().contains("'2-4'") && e.getMessage().contains("3 frames"), e.getMessage());
    }

    @Test
    void parse_malformedParts_throwBadInputNamingThem() {
        for (String bad : new String[] {"0", "1,,2", "a", "3-1", "-2", "1-", "2.5", "99999999999999999999"}) {
            DicodecException e = assertThrows(DicodecException.class, () -> FrameSelection.parse(bad, 5), bad);
            assertEquals(ErrorKind.BAD_INPUT, e.kind(), bad);
            assertTrue(e.getMessage().contains("5 frames"), e.getMessage());
        }
    }
}
