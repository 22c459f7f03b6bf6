package dicodec.core.codec.video;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.VideoPicture;
import dicodec.core.spi.VideoPictureReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import org.jcodec.codecs.mpeg12.MPEGDecoder;
import org.jcodec.codecs.mpeg12.MPEGES;
import org.jcodec.codecs.mpeg12.bitstream.PictureHeader;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mps.MPEGPacket;

/**
 * An MPEG-2 video elementary stream decoded by JCodec. Pictures come in coding order; display
 * order is restored the MPEG-2 way (ISO 13818-2 6.1.1.11): a B picture is shown at once, an I
 * or P picture is held until the next I or P picture arrives (or the stream ends).
 */
final class JCodecMpeg2Reader implements VideoPictureReader {
    private static final int B_PICTURE = 3;

    private final PixelDescription pd;
    private final MPEGES es;
    private final MPEGDecoder decoder = new MPEGDecoder();
    private final ByteBuffer packetBuffer;
    private VideoPicture heldReference;
    private boolean ended;
    private int decoded;

    JCodecMpeg2Reader(byte[] stream, PixelDescription pd) {
        this.pd = pd;
        if (stream.length >= 4 && stream[0] == 0 && stream[1] == 0 && stream[2] == 1 && (stream[3] & 0xFF) == 0xBA) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, "the MPEG-2 stream is a Program Stream (pack"
                    + " header 00 00 01 BA); this decoder reads the video elementary stream");
        }
        try {
            this.es = new MPEGES(Channels.newChannel(new ByteArrayInputStream(stream)), 1 << 16);
        } catch (IOException e) {
            throw corrupt(e);
        }
        this.packetBuffer = ByteBuffer.allocate(Math.min(stream.length + 1024, 32 << 20));
    }

    @Override
    public VideoPicture next() {
        while (!ended) {
            MPEGPacket packet;
            try {
                packetBuffer.clear();
                packet = es.frame(packetBuffer);
            } catch (IOException | RuntimeException e) {
                throw corrupt(e);
            }
            if (packet == null) {
                ended = true;
                break;
            }
            ByteBuffer data = packet.getData();
            PictureHeader header = MPEGDecoder.getPictureHeader(data.duplicate());
            Picture p;
            try {
                p = decoder.decodeFrame(data, JCodecPictures.buffer(pd.columns(), pd.rows(), true));
            } catch (RuntimeException e) {
                throw corrupt(e);
            }
            if (p == null) {
                continue;
            }
            decoded++;
            VideoPicture picture = JCodecPictures.of(p, p.getCroppedWidth(), p.getCroppedHeight(), false, false);
            if (header != null && header.picture_coding_type == B_PICTURE) {
                return picture;
            }
            VideoPicture out = heldReference;
            heldReference = picture;
            if (out != null) {
                return out;
            }
        }
        VideoPicture last = heldReference;
        heldReference = null;
        return last;
    }

    private DicodecException corrupt(Exception e) {
        return new DicodecException(ErrorKind.BAD_INPUT, null, decoded + 1, Tag.PIXEL_DATA, -1L,
                "the MPEG-2 stream does not decode (JCodec): " + e, e);
    }

    @Override
    public void close() {
        heldReference = null;
    }
}
