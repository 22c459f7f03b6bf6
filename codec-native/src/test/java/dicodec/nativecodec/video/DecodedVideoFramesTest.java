package dicodec.nativecodec.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.render.DecodedFrames;
import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecProfile;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.spi.FrameEncoder;
import dicodec.core.spi.VideoDecoder;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.testing.VideoFixtures;
import dicodec.core.transcode.LossyPolicy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Single frames of a video object for viewers (DecodeFrames, {@code dicodec decode}): frames
 * asked in any order within one call open the stream once, and equal the frames of a full
 * decode to native.
 */
class DecodedVideoFramesTest {

    /** Wraps the registry's H.264 decoder and counts how often a stream is opened. */
    static final class CountingCodec implements Codec {
        final Codec inner;
        final AtomicInteger opens = new AtomicInteger();

        CountingCodec(Codec inner) {
            this.inner = inner;
        }

        @Override
        public TransferSyntax syntax() {
            return inner.syntax();
        }

        @Override
        public Backend backend() {
            return inner.backend();
        }

        @Override
        public CodecProfile profile() {
            return inner.profile();
        }

        @Override
        public Availability availability() {
            return inner.availability();
        }

        @Override
        public FrameDecoder decoder() {
            return null;
        }

        @Override
        public FrameEncoder encoder() {
            return null;
        }

        @Override
        public VideoDecoder videoDecoder() {
            return (stream, pd) -> {
                opens.incrementAndGet();
                return inner.videoDecoder().open(stream, pd);
            };
        }
    }

    @Test
    void framesInAnyOrderDecodeTheStreamOnce() throws Exception {
        VideoFixtures.assumeReady();
        DicomObject video = DicomReader.read(VideoFixtures.videoObject(VideoTranscodeTest.GREY_MR, "h264"));
        PixelDescription pd = PixelDescription.from(video.dataset());
        Codec real = CodecRegistry.load().videoDecoderFor(TransferSyntaxes.H264_HP41, pd, null);
        CountingCodec counting = new CountingCodec(real);
        NativeFrames all = NativeFrames.of(DicomReader.read(VideoTranscodeTest.transcode(video,
                TransferSyntaxes.EXPLICIT_VR_LE, LossyPolicy.REJECT), "native").dataset());
        try (DecodedFrames frames = DecodedFrames.open(video, new CodecRegistry(List.of(counting)), null)) {
            assertEquals(16, frames.count());
            for (int i : new int[] {9, 2, 9, 15, 0}) {
                var f = frames.frame(i);
                assertEquals("RGB", f.photometric());
                assertArrayEquals(all.frame(i), f.pixels(), "frame " + (i + 1));
            }
            assertThrows(DicodecException.class, () -> frames.frame(16));
        }
        assertEquals(1, counting.opens.get(), "the stream is decoded once per call");
    }
}
