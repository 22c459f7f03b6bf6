package dicodec.core.render;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.VideoPicture;
import dicodec.core.spi.VideoPictureReader;
import dicodec.core.transcode.FrameSpool;
import dicodec.core.video.VideoColour;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Random access to the decoded frames of one object, native or encapsulated, for viewers and
 * the {@code decode} command: each frame as Little Endian native pixels, byte aligned (1-bit
 * frames stay packed, least significant bit first, as {@link NativeFrames} gives them), with
 * the photometric interpretation and planar configuration the pixels now have.
 *
 * <p>Native frames are read one at a time from the object's source. Encapsulated frames go
 * through the registry's decoder for the object's syntax, one frame per call. A video syntax
 * (MPEG-2, H.264) is one stream for all frames: it is decoded once, forward, only as far as the
 * highest frame asked so far; each decoded frame goes to a temporary spool file, so a frame asked
 * again (or an earlier one) is read back, never decoded twice, and memory holds one frame. The
 * spool is deleted on {@link #close()}.
 *
 * <p>Not thread-safe: one instance per request. Closing it does not close the object.
 */
public final class DecodedFrames implements AutoCloseable {
    private final PixelDescription description;
    private final NativeFrames nativeFrames;
    private final EncapsulatedFrames encapsulated;
    private final Codec codec;
    private VideoPictureReader videoReader;
    private FrameSpool videoSpool;
    private int videoDecoded;
    private int videoFrameLength;
    private String videoPhotometric;
    private DecodedFrame lastVideoFrame;

    private DecodedFrames(PixelDescription description, NativeFrames nativeFrames, EncapsulatedFrames encapsulated,
            Codec codec) {
        this.description = description;
        this.nativeFrames = nativeFrames;
        this.encapsulated = encapsulated;
        this.codec = codec;
    }

    /**
     * The frames of {@code obj}.
     *
     * @param forcedOrNull a backend to use, or null for the fastest available
     * @throws DicodecException BAD_INPUT when there is no pixel data or its attributes are wrong;
     *     UNSUPPORTED with each candidate's reason when no decoder takes the syntax
     */
    public static DecodedFrames open(DicomObject obj, CodecRegistry registry, Backend forcedOrNull) {
        PixelDescription pd = PixelDescription.from(obj.dataset());
        if (pd == null) {
            throw DicodecException.badInput("the object has no Pixel Data (7FE0,0010), Float Pixel Data"
                    + " (7FE0,0008) or Double Float Pixel Data (7FE0,0009): there are no frames to decode");
        }
        DicomElement pixels = obj.dataset().get(pd.pixelDataTag());
        if (pixels.value() instanceof ElementValue.Bytes bytes) {
            return new DecodedFrames(pd, new NativeFrames(pd, bytes), null, null);
        }
        if (!(pixels.value() instanceof ElementValue.Fragments fragments)) {
            throw DicodecException.badAttribute(pd.pixelDataTag(), "holds a sequence, not pixels");
        }
        if (!obj.syntax().encapsulated()) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, "encapsulated Pixel Data in native transfer syntax "
                    + obj.syntax().uid());
        }
        EncapsulatedFrames frames = EncapsulatedFrames.of(fragments, obj.dataset(), obj.syntax());
        if (!frames.isVideoStream()) {
            dicodec.core.transcode.FrameBudget.framesInFlight(pd, 1); // LIMIT before a decoder sizes a frame
        }
        Codec codec = frames.isVideoStream() ? registry.videoDecoderFor(obj.syntax(), pd, forcedOrNull)
                : registry.decoderFor(obj.syntax(), pd, forcedOrNull);
        return new DecodedFrames(pd, null, frames, codec);
    }

    /** Number of Frames (0028,0008); for video, the frames of the stream. */
    public int count() {
        return description.frames();
    }

    /**
     * Rows, columns, samples, bits and signedness of the decoded pixels. A decoder may change
     * the colour space or planar configuration (JPEG 2000 YBR_RCT to RGB): for those, the values
     * each {@link DecodedFrame} states win over this description's.
     */
    public PixelDescription description() {
        return description;
    }

    /** True when the frames are decoded by a codec, false when they are read as stored. */
    public boolean isEncapsulated() {
        return encapsulated != null;
    }

    /**
     * Frame {@code index} (0-based).
     *
     * @throws DicodecException BAD_INPUT when there is no such frame or it does not decode,
     *     naming the frame (1-based)
     */
    public DecodedFrame frame(int index) {
        if (index < 0 || index >= count()) {
            throw new DicodecException(ErrorKind.BAD_INPUT, null, 0, description.pixelDataTag(), -1L,
                    "frame index " + index + " is out of range: there " + (count() == 1 ? "is 1 frame" : "are "
                            + count() + " frames") + " (indexes 0 to " + (count() - 1) + ")", null);
        }
        try {
            if (nativeFrames != null) {
                return new DecodedFrame(nativeFrames.frame(index), description.photometric(),
                        description.planarConfiguration());
            }
            if (encapsulated.isVideoStream()) {
                return videoFrame(index);
            }
            return codec.decoder().decode(encapsulated.frame(index), description);
        } catch (DicodecException e) {
            throw e.inFrame(index + 1);
        }
    }

    /** Frame {@code index} of the video stream: decoded forward up to it, or read back from the spool. */
    private DecodedFrame videoFrame(int index) {
        try {
            if (videoSpool == null) {
                videoSpool = new FrameSpool();
                videoReader = codec.videoDecoder().open(encapsulated.frame(0), description);
            }
            while (videoDecoded <= index) {
                VideoPicture p = videoReader.next();
                if (p == null) {
                    throw new DicodecException(ErrorKind.BAD_INPUT, null, videoDecoded + 1, Tag.NUMBER_OF_FRAMES, -1L,
                            "the video stream ends after " + videoDecoded + " frames, Number of Frames says "
                                    + count(), null);
                }
                if (p.width() != description.columns() || p.height() != description.rows()) {
                    throw new DicodecException(ErrorKind.BAD_INPUT, null, videoDecoded + 1, Tag.ROWS, -1L,
                            "the video stream's pictures are " + p.width() + " x " + p.height() + ", the data set"
                                    + " says Columns " + description.columns() + ", Rows " + description.rows(), null);
                }
                DecodedFrame f = VideoColour.toNative(p, "RGB");
                videoSpool.append(f.pixels());
                videoFrameLength = f.pixels().length;
                videoPhotometric = f.photometric();
                lastVideoFrame = f;
                videoDecoded++;
            }
            if (index == videoDecoded - 1) {
                return lastVideoFrame;
            }
            byte[] one = new byte[videoFrameLength];
            videoSpool.read((long) index * videoFrameLength, one, 0, one.length);
            return new DecodedFrame(one, videoPhotometric, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("video frame spool: " + e.getMessage(), e);
        }
    }

    /** Frees the video decoder and deletes its spool, if any. */
    @Override
    public void close() {
        if (videoReader != null) {
            videoReader.close();
            videoReader = null;
        }
        if (videoSpool != null) {
            try {
                videoSpool.close();
            } catch (IOException e) {
                // a temporary file that cannot be deleted now is deleted on exit by the OS's tmp cleaning
            }
            videoSpool = null;
        }
        lastVideoFrame = null;
    }
}
