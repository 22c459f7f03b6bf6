package dicodec.core.codec.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.spi.Backend;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.testing.VideoFixtures;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pure-Java backend (JCodec) against ffmpeg's own decode of the same stream, on video
 * objects made by Debian's ffmpeg from real cine loops: H.264 decoding is exact by the standard,
 * so the pictures must be equal sample for sample, in display order, frame count included.
 * MPEG-2 is not: ISO 13818-2 fixes only the accuracy of the inverse DCT (IEEE 1180), and
 * JCodec's differs from FFmpeg's, so its pictures differ by a few levels that drift over a GOP;
 * they must still be as many, in the same order, and within 8 levels and 40 dB PSNR. (The FFmpeg
 * backend, preferred when it loads, equals ffmpeg exactly: FfmpegVideoDecodeTest.)
 */
class JCodecDecodeTest {
    private static final CodecRegistry REGISTRY = CodecRegistry.load();

    static Stream<Arguments> objects() {
        return VideoFixtures.SOURCES.stream().flatMap(s -> Stream.of(Arguments.of(s, "h264"),
                Arguments.of(s, "mpeg2")));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("objects")
    void picturesEqualFfmpeg(String source, String codec) throws Exception {
        VideoFixtures.assumeReady();
        Path video = VideoFixtures.videoObject(source, codec);
        byte[] ours = VideoPictures.yuv420p(video, REGISTRY, Backend.JAVA);
        byte[] ffmpeg = VideoFixtures.ffmpegDecode(VideoPictures.stream(video), codec, "yuv420p");
        assertTrue(ours.length > 0, "no picture decoded");
        assertEquals(ffmpeg.length, ours.length, "bytes of all pictures (frame count x size)");
        long at = VideoPictures.firstDifference(ours, ffmpeg);
        if (codec.equals("h264")) {
            assertEquals(-1, at, () -> "first difference at byte " + at + ", max difference "
                    + VideoPictures.maxDifference(ours, ffmpeg));
        } else {
            int max = VideoPictures.maxDifference(ours, ffmpeg);
            double psnr = VideoPictures.psnr(ours, ffmpeg);
            assertTrue(max <= 8 && psnr >= 40, "MPEG-2 IDCT mismatch too large: max " + max + ", PSNR " + psnr);
        }
    }
}
