package dicodec.core.render;

import dicodec.core.error.DicodecException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which frames a caller asks for, written as people number frames: 1-based, lists and ranges
 * ("1,3,5-7"). An empty spec or "all" means every frame. Frames come back 0-based, in the order
 * written, each once (a frame named twice is decoded once).
 */
public final class FrameSelection {
    private FrameSelection() {
    }

    /**
     * The 0-based indexes {@code spec} names among {@code frameCount} frames.
     *
     * @throws DicodecException BAD_INPUT naming the part that is malformed or out of range, and
     *     the number of frames the object has
     */
    public static int[] parse(String spec, int frameCount) {
        if (frameCount < 1) {
            throw DicodecException.badInput("the object has no frames to select from");
        }
        String s = spec == null ? "" : spec.trim();
        if (s.isEmpty() || s.toLowerCase(Locale.ROOT).equals("all")) {
            int[] all = new int[frameCount];
            for (int i = 0; i < frameCount; i++) {
                all[i] = i;
            }
            return all;
        }
        Set<Integer> picked = new LinkedHashSet<>();
        for (String raw : s.split(",", -1)) {
            String part = raw.trim();
            int dash = part.indexOf('-', 1);
            int from;
            int to;
            if (dash < 0) {
                from = number(part, part, spec, frameCount);
                to = from;
            } else {
                from = number(part.substring(0, dash).trim(), part, spec, frameCount);
                to = number(part.substring(dash + 1).trim(), part, spec, frameCount);
                if (from > to) {
                    throw bad(part, spec, frameCount, "the range runs backwards");
                }
            }
            for (int f = from; f <= to; f++) {
                picked.add(f - 1);
            }
        }
        return picked.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A 1-based frame number within 1..frameCount. */
    private static int number(String text, String part, String spec, int frameCount) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(part, spec, frameCount, "not a frame number or a range such as 5-7");
        }
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            n = Long.MAX_VALUE;
        }
        if (n < 1 || n > frameCount) {
            throw bad(part, spec, frameCount, "frame " + text + " is out of range");
        }
        return (int) n;
    }

    private static DicodecException bad(String part, String spec, int frameCount, String why) {
        String frames = frameCount == 1 ? "1 frame (number 1)" : frameCount + " frames (1 to " + frameCount + ")";
        return DicodecException.badInput("frames '" + spec + "': '" + part + "': " + why + "; the object has "
                + frames);
    }
}
