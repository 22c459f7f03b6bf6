package dicodec.core.spi;

import java.io.IOException;

/** Where a {@link VideoEncoder} takes its pictures from, one at a time, in display order. */
@FunctionalInterface
public interface VideoPictureSource {
    /** The next picture (4:2:0, studio range), or null after the last. */
    VideoPicture next() throws IOException;
}
