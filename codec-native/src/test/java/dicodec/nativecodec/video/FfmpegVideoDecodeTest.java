package dicodec.nativecodec.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.codec.video.VideoPictures;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.VideoFixtures;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The FFmpeg backend on video objects made by Debian's ffmpeg from real cine loops: its pictures
 * equal the ffmpeg command's raw decode for every H.264 and MPEG-2 object, and for H.264 they
 * equal the pure-Java backend's too (H.264 decoding is exact by the standard).
 */
class FfmpegVideoDecodeTest {
    static final CodecRegistry REGISTRY = CodecRegistry.load();

    static Stream<Arguments> objects() {
        return VideoFixtures.SOURCES.stream().flatMap(s -> Stream.of(Arguments.of(s, "h264"),
                Arguments.of(s, "mpeg2")));
    }

    static void assumeFfmpegLoads() {
        Assumptions.assumeTrue(FfmpegLibrary.availability().available(), FfmpegLibrary.availability().reason());
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("objects")
    void picturesEqualFfmpegCommand(String source, String codec) throws Exception {
        VideoFixtures.assumeReady();
        assumeFfmpegLoads();
        Path video = VideoFixtures.videoObject(source, codec);
        byte[] ours = VideoPictures.yuv420p(video, REGISTRY, Backend.NATIVE);
        byte[] ffmpeg = VideoFixtures.ffmpegDecode(VideoPictures.stream(video), codec, "yuv420p");
        assertTrue(ours.length > 0, "no picture decoded");
        assertEquals(ffmpeg.length, ours.length, "bytes of all pictures (frame count x size)");
        long at = VideoPictures.firstDifference(ours, ffmpeg);
        assertEquals(-1, at, () -> "first difference at byte " + at);
        if (codec.equals("h264")) {
            assertArrayEquals(ours, VideoPictures.yuv420p(video, REGISTRY, Backend.JAVA),
                    "FFmpeg and JCodec pictures of the same H.264 stream");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void nativeBackendIsPreferred(String source, String codec) {
        assumeFfmpegLoads();
        var ts = codec.equals("h264") ? TransferSyntaxes.H264_HP41 : TransferSyntaxes.MPEG2_MPML;
        var pd = new dicodec.core.pixel.PixelDescription(480, 640, 3, 8, 8, 7, 0, "YBR_PARTIAL_420", 0, 10,
                dicodec.core.io.Tag.PIXEL_DATA, java.util.List.of());
        Codec c = REGISTRY.videoDecoderFor(ts, pd, null);
        assertEquals(Backend.NATIVE, c.backend());
    }
}
