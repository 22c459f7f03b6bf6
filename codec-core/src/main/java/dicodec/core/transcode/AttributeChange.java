package dicodec.core.transcode;

import dicodec.core.io.Tag;

/**
 * One attribute the transcode changed, with the value before and after ("" when absent) and
 * why, so that nothing is changed silently.
 */
public record AttributeChange(int tag, String keyword, String before, String after, String reason) {
    @Override
    public String toString() {
        return keyword + " " + Tag.toString(tag) + ": '" + before + "' -> '" + after + "' (" + reason + ")";
    }
}
