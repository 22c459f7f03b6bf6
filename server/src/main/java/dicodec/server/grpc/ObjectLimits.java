package dicodec.server.grpc;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Dataset;
import dicodec.core.io.Tag;

/**
 * The configured limits on what one object may hold (max-frames, max-frame-pixels), checked
 * from the raw attributes right after parsing, before any pixel is read. Only objects with
 * pixels are limited; an inconsistent header is left for the transcoder to name.
 */
final class ObjectLimits {
    private ObjectLimits() {
    }

    static void check(Dataset ds, ServerConfig config) {
        if (!ds.contains(Tag.PIXEL_DATA) && !ds.contains(Tag.FLOAT_PIXEL_DATA)
                && !ds.contains(Tag.DOUBLE_FLOAT_PIXEL_DATA)) {
            return;
        }
        long frames = ds.getLong(Tag.NUMBER_OF_FRAMES, 1);
        if (frames > config.maxFrames()) {
            throw new DicodecException(ErrorKind.LIMIT, null, 0, Tag.NUMBER_OF_FRAMES, -1, frames
                    + " frames is more than this server takes (max-frames " + config.maxFrames() + ")", null);
        }
        long pixels = (long) ds.getInt(Tag.ROWS, 0) * ds.getInt(Tag.COLUMNS, 0);
        if (pixels > config.maxFramePixels()) {
            throw new DicodecException(ErrorKind.LIMIT, null, 0, Tag.ROWS, -1, ds.getInt(Tag.ROWS, 0) + " x "
                    + ds.getInt(Tag.COLUMNS, 0) + " = " + pixels + " pixels per frame is more than this server takes"
                    + " (max-frame-pixels " + config.maxFramePixels() + ")", null);
        }
    }
}
