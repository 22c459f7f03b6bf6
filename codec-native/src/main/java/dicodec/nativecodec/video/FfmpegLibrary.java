package dicodec.nativecodec.video;

import dicodec.core.spi.Availability;
import java.util.logging.Logger;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.Loader;

/**
 * FFmpeg 8.0 through the JavaCPP preset (org.bytedeco:ffmpeg, the linux-x86_64-gpl build, which
 * has libx264). Loaded once on first use; a failure is kept as the reason the FFmpeg codecs are
 * unavailable (capabilities say it), never thrown.
 */
final class FfmpegLibrary {
    private static final Logger LOG = Logger.getLogger(FfmpegLibrary.class.getName());
    private static final String EXTENSION = "org.bytedeco.javacpp.platform.extension";

    private static volatile Availability decode;
    private static volatile Availability x264;

    private FfmpegLibrary() {
    }

    /** Whether libavcodec loaded. */
    static synchronized Availability availability() {
        if (decode == null) {
            decode = load();
        }
        return decode;
    }

    /** Whether the libx264 encoder is there (only in the GPL build). */
    static synchronized Availability x264() {
        if (x264 == null) {
            Availability a = availability();
            if (!a.available()) {
                x264 = a;
            } else if (avcodec.avcodec_find_encoder_by_name("libx264") == null) {
                x264 = Availability.no("FFmpeg loaded without the libx264 encoder: the GPL build of the preset"
                        + " (org.bytedeco:ffmpeg, classifier linux-x86_64-gpl) is needed for H.264 output");
            } else {
                x264 = Availability.YES;
            }
        }
        return x264;
    }

    private static Availability load() {
        try {
            // the GPL jar keeps its libraries under linux-x86_64-gpl; JavaCPP falls back to the
            // plain platform for everything else (our own bindings included)
            if (System.getProperty(EXTENSION) == null) {
                System.setProperty(EXTENSION, "-gpl");
            }
            Loader.load(avutil.class);
            Loader.load(avcodec.class);
            avutil.av_log_set_level(avutil.AV_LOG_ERROR);
            return Availability.YES;
        } catch (Throwable t) {
            String reason = "FFmpeg (org.bytedeco:ffmpeg 8.0.1-1.5.13, linux-x86_64-gpl) not loaded: "
                    + t.getClass().getSimpleName() + ": " + t.getMessage();
            LOG.warning(reason);
            return Availability.no(reason);
        }
    }

    /** FFmpeg's text for an error code. */
    static String error(int code) {
        byte[] buf = new byte[256];
        avutil.av_strerror(code, buf, buf.length);
        int n = 0;
        while (n < buf.length && buf[n] != 0) {
            n++;
        }
        return new String(buf, 0, n, java.nio.charset.StandardCharsets.US_ASCII) + " (" + code + ")";
    }
}
