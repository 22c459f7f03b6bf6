package dicodec.core.codec.video;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.VideoPicture;
import dicodec.core.spi.VideoPictureReader;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jcodec.codecs.h264.BufferH264ES;
import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.codecs.h264.io.model.Frame;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;

/**
 * An H.264 Annex B elementary stream decoded by JCodec. JCodec hands pictures out in decoding
 * order; they are put back in display order by picture order count: pictures wait until an IDR
 * picture (where the count restarts) or until more are waiting than a decoded picture buffer
 * can hold (16, ISO 14496-10 A.3.1), then leave lowest count first.
 */
final class JCodecH264Reader implements VideoPictureReader {
    private static final int MAX_REORDER = 16;

    private final PixelDescription pd;
    private final BufferH264ES es;
    private final H264Decoder decoder = new H264Decoder();
    private final List<Frame> waiting = new ArrayList<>();
    private final ArrayDeque<VideoPicture> ready = new ArrayDeque<>();
    private boolean ended;
    private int decoded;
    private boolean monochrome;
    private boolean fullRange;

    JCodecH264Reader(byte[] stream, PixelDescription pd) {
        this.pd = pd;
        if (stream.length >= 4 && (stream[0] & 0xFF) == 0x47) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, "the H.264 stream is in an MPEG-2 Transport Stream"
                    + " container; this decoder reads the Annex B elementary stream");
        }
        this.es = new BufferH264ES(ByteBuffer.wrap(stream));
    }

    @Override
    public VideoPicture next() {
        while (ready.isEmpty()) {
            if (ended) {
                return null;
            }
            Packet packet;
            try {
                packet = es.nextFrame();
            } catch (RuntimeException e) {
                throw corrupt(e);
            }
            if (packet == null) {
                ended = true;
                flush(waiting.size());
                continue;
            }
            Frame f;
            try {
                f = (Frame) decoder.decodeFrame(packet.getData(), JCodecPictures.buffer(pd.columns(), pd.rows(), false));
            } catch (RuntimeException e) {
                throw corrupt(e);
            }
            if (f == null) {
                continue;
            }
            decoded++;
            if (decoded == 1) {
                SeqParameterSet[] sps = es.getSps();
                SeqParameterSet s = sps != null && sps.length > 0 ? sps[0] : null;
                monochrome = s != null && s.chromaFormatIdc == ColorSpace.MONO;
                fullRange = s != null && s.vuiParams != null && s.vuiParams.videoSignalTypePresentFlag
                        && s.vuiParams.videoFullRangeFlag;
            }
            if (packet.getFrameType() == Packet.FrameType.KEY) {
                flush(waiting.size());
            }
            // each picture has its own buffer (allocated above), so it can wait here unchanged
            waiting.add(f);
            if (waiting.size() > MAX_REORDER) {
                flush(1);
            }
        }
        return ready.poll();
    }

    /** Moves the {@code n} pictures of lowest order count to the output. */
    private void flush(int n) {
        waiting.sort(Comparator.comparingInt(Frame::getPOC));
        for (int i = 0; i < n; i++) {
            Frame f = waiting.remove(0);
            ready.add(JCodecPictures.of(f, f.getCroppedWidth(), f.getCroppedHeight(), monochrome, fullRange));
        }
    }

    private DicodecException corrupt(RuntimeException e) {
        return new DicodecException(ErrorKind.BAD_INPUT, null, decoded + 1, Tag.PIXEL_DATA, -1L,
                "the H.264 stream does not decode (JCodec): " + e, e);
    }

    @Override
    public void close() {
        waiting.clear();
        ready.clear();
    }
}
