package dicodec.core.transcode;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.BulkRef;
import dicodec.core.io.DicomElement;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.policy.LossyAction;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.VideoEncoder;
import dicodec.core.spi.VideoFormat;
import dicodec.core.spi.VideoPicture;
import dicodec.core.spi.VideoPictureReader;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.video.VideoColour;
import dicodec.core.video.VideoLimits;
import dicodec.core.video.VideoTiming;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The whole-object path of the transcoder for video syntaxes (PS3.5 8.2.5 to 8.2.9: one bit
 * stream for all frames, in one fragment). Decoding pulls pictures one at a time from a
 * {@link dicodec.core.spi.VideoDecoder} and spools each frame; encoding feeds native frames one
 * at a time to a {@link VideoEncoder} that writes the stream into the spool. Memory: the
 * compressed stream is read into one array to decode it (so a video object's stream must be
 * under 2 GiB), plus one frame and the codec's own reference and look-ahead frames.
 */
final class VideoTranscode {
    private VideoTranscode() {
    }

    /** What a video target needs, checked when planning, before anything is written. */
    record Target(VideoLimits.Level level, int[] rate, List<String> notes) {
    }

    /**
     * Checks that the pixels of {@code pd} can be written in {@code target} and returns the
     * frame rate the stream will carry.
     *
     * @throws DicodecException UNSUPPORTED naming the attribute or the level's limit
     */
    static Target plan(TransferSyntax target, PixelDescription pd, dicodec.core.io.Dataset ds) {
        VideoLimits.Level level = VideoLimits.levelOf(target);
        String cannot = "cannot encode " + target.name() + " (" + target.uid() + "): ";
        if (level == null) {
            throw DicodecException.unsupported(cannot + "video is written as MPEG-2 MP@ML (.100), MP@HL (.101) or"
                    + " H.264 HP@L4.1 (.102)");
        }
        if (pd.bitsAllocated() != 8 || pd.bitsStored() != 8 || pd.pixelRepresentation() != 0) {
            int tag = pd.bitsAllocated() != 8 ? Tag.BITS_ALLOCATED
                    : pd.bitsStored() != 8 ? Tag.BITS_STORED : Tag.PIXEL_REPRESENTATION;
            throw new DicodecException(ErrorKind.UNSUPPORTED, null, 0, tag, -1, cannot + "video holds 8-bit unsigned"
                    + " samples (PS3.5 8.2.5 to 8.2.7), this object has Bits Allocated " + pd.bitsAllocated()
                    + ", Bits Stored " + pd.bitsStored() + ", Pixel Representation " + pd.pixelRepresentation(), null);
        }
        if (!VideoColour.encodable(pd.photometric())) {
            throw new DicodecException(ErrorKind.UNSUPPORTED, null, 0, Tag.PHOTOMETRIC_INTERPRETATION, -1, cannot
                    + "Photometric Interpretation " + pd.photometric() + " is not MONOCHROME2, RGB, YBR_FULL or"
                    + " YBR_FULL_422 (MONOCHROME1 and PALETTE COLOR are never converted implicitly)", null);
        }
        List<String> notes = new ArrayList<>();
        int[] asked = VideoTiming.rateOf(ds, notes);
        int[] rate = VideoLimits.check(level, pd.columns(), pd.rows(), asked);
        if (rate[0] * (long) asked[1] != asked[0] * (long) rate[1]) {
            notes.add(String.format(Locale.ROOT, "frame rate %.3f coded as the MPEG-2 rate %d/%d; Frame Time and"
                    + " Cine Rate follow the stream", (double) asked[0] / asked[1], rate[0], rate[1]));
        }
        return new Target(level, rate, notes);
    }

    /** Decodes the video stream into native frames in {@code spool}; sets the pixel attributes. */
    static void decode(Transcoder.Run run, PixelDescription pd, FrameSpool spool, CodecRegistry registry)
            throws IOException {
        Codec codec = registry.videoDecoderFor(run.in.syntax(), pd, run.options.backend());
        EncapsulatedFrames frames = EncapsulatedFrames.of(
                (ElementValue.Fragments) run.ds.get(Tag.PIXEL_DATA).value(), run.ds, run.in.syntax());
        long total = 0;
        int count = 0;
        String photometric = "RGB";
        try (VideoPictureReader reader = codec.videoDecoder().open(frames.frame(0), pd)) {
            VideoPicture p;
            while ((p = reader.next()) != null) {
                count++;
                checkSize(p, pd, count);
                DecodedFrame f = VideoColour.toNative(p, "RGB");
                photometric = f.photometric();
                total += spool.append(f.pixels()).length();
            }
        }
        if (count == 0) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, "the " + run.in.syntax().name()
                    + " stream holds no picture");
        }
        run.ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OB, new ElementValue.Bytes(new BulkRef(spool, 0, total), 0)));
        if (count != pd.frames()) {
            // the stream wins over the data set (PS3.5 8.2: attributes shall be consistent with it)
            run.warnings.add("the video stream holds " + count + " frames, Number of Frames (0028,0008) said "
                    + pd.frames() + ": set to the stream's count");
            Transcoder.setString(run.ds, Tag.NUMBER_OF_FRAMES, VR.IS, String.valueOf(count),
                    "frames in the video stream", run.changes);
        }
        boolean grey = photometric.equals("MONOCHROME2");
        Transcoder.setString(run.ds, Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, photometric, "the decoded video frames",
                run.changes);
        Transcoder.setUs(run.ds, Tag.SAMPLES_PER_PIXEL, grey ? 1 : 3, "the decoded video frames", run.changes);
        if (grey) {
            if (run.ds.contains(Tag.PLANAR_CONFIGURATION)) {
                run.ds.remove(Tag.PLANAR_CONFIGURATION);
                run.changes.add(Transcoder.change(Tag.PLANAR_CONFIGURATION, String.valueOf(pd.planarConfiguration()),
                        "", "one sample per pixel"));
            }
        } else {
            Transcoder.setUs(run.ds, Tag.PLANAR_CONFIGURATION, 0, "the decoded video frames", run.changes);
        }
    }

    private static void checkSize(VideoPicture p, PixelDescription pd, int number) {
        if (p.width() != pd.columns() || p.height() != pd.rows()) {
            throw new DicodecException(ErrorKind.BAD_INPUT, null, number, p.width() != pd.columns() ? Tag.COLUMNS
                    : Tag.ROWS, -1, "the video stream's pictures are " + p.width() + " x " + p.height()
                    + " (width x height), the data set says Columns " + pd.columns() + ", Rows " + pd.rows(), null);
        }
    }

    /** Encodes the native frames of the run into one stream, one fragment, empty offset table. */
    static void encode(Transcoder.Run run, PixelDescription pd, FrameSpool spool, CodecRegistry registry,
            int maxError) throws IOException {
        TranscodeOptions options = run.options;
        TransferSyntax target = options.target();
        Target plan = plan(target, pd, run.ds);
        Codec codec = registry.videoEncoderFor(target, pd, options.backend());
        NativeFrames frames = new NativeFrames(pd, (ElementValue.Bytes) run.ds.get(Tag.PIXEL_DATA).value());
        VideoFormat format = new VideoFormat(target, pd.columns(), pd.rows(), plan.rate()[0], plan.rate()[1],
                frames.count());
        long start = spool.length();
        int[] next = {0};
        VideoEncoder.EncodedVideo result;
        try (OutputStream out = new SpoolOutput(spool)) {
            result = codec.videoEncoder().encode(() -> next[0] < frames.count()
                    ? VideoColour.toPicture(frames.frame(next[0]++), pd) : null, format, options.encode(), out);
        }
        long length = spool.length() - start;
        if ((length & 1) != 0) {
            // even Item length (PS3.5 A.4); a zero byte after the stream is trailing stuffing for both syntaxes
            spool.append(new byte[1]);
            length++;
        }
        if (result.frames() != frames.count()) {
            throw new DicodecException(ErrorKind.INTERNAL, "the " + target.name() + " encoder wrote "
                    + result.frames() + " frames of " + frames.count());
        }
        BulkRef stream = new BulkRef(spool, start, length);
        // V2: the whole stream in one fragment, Basic Offset Table empty
        run.ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OB,
                new ElementValue.Fragments(BulkRef.of(new byte[0]), List.of(stream))));
        run.nativeBytes += (long) pd.frameLength() * frames.count();
        run.encodedBytes += length;
        String why = target.name() + " stream (PS3.5 8.2)";
        Transcoder.setString(run.ds, Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, "YBR_PARTIAL_420", why, run.changes);
        Transcoder.setUs(run.ds, Tag.SAMPLES_PER_PIXEL, 3, why, run.changes);
        Transcoder.setUs(run.ds, Tag.PLANAR_CONFIGURATION, 0, why, run.changes);
        Transcoder.setString(run.ds, Tag.NUMBER_OF_FRAMES, VR.IS, String.valueOf(result.frames()), why, run.changes);
        writeTiming(run, plan.rate());
        run.warnings.add("encoded " + result.frames() + " frames as " + result.profile() + ", "
                + String.format(Locale.ROOT, "%.3f", format.framesPerSecond()) + " frames/s");
        boolean lossyPlanned = run.plan.decision().action() == LossyAction.LOSSY_ENCODE;
        boolean verify = options.verify() != null ? options.verify() : lossyPlanned;
        if (verify) {
            verify(run, pd, frames, stream, target, registry, maxError);
        }
    }

    private static void writeTiming(Transcoder.Run run, int[] rate) {
        String why = "the video stream's frame rate";
        long fps = Math.round((double) rate[0] / rate[1]);
        Transcoder.setString(run.ds, VideoTiming.FRAME_TIME, VR.DS, VideoTiming.frameTimeDs(rate), why, run.changes);
        Transcoder.setString(run.ds, VideoTiming.CINE_RATE, VR.IS, String.valueOf(fps), why, run.changes);
        if (run.ds.contains(VideoTiming.RECOMMENDED_DISPLAY_FRAME_RATE)) {
            Transcoder.setString(run.ds, VideoTiming.RECOMMENDED_DISPLAY_FRAME_RATE, VR.IS, String.valueOf(fps), why,
                    run.changes);
        }
        byte[] pointer = {0x18, 0x00, 0x63, 0x10}; // (0018,1063) Frame Time, AT Little Endian
        DicomElement before = run.ds.get(VideoTiming.FRAME_INCREMENT_POINTER);
        if (before == null || !Arrays.equals(before.bytes(), pointer)) {
            run.ds.put(DicomElement.ofBytes(VideoTiming.FRAME_INCREMENT_POINTER, VR.AT, pointer));
            run.changes.add(Transcoder.change(VideoTiming.FRAME_INCREMENT_POINTER, before == null ? "" : "other",
                    "(0018,1063)", why));
        }
        if (run.ds.contains(VideoTiming.FRAME_TIME_VECTOR)) {
            run.ds.remove(VideoTiming.FRAME_TIME_VECTOR);
            run.changes.add(Transcoder.change(VideoTiming.FRAME_TIME_VECTOR, "present", "",
                    "one frame rate in the stream"));
        }
    }

    /** Decodes the new stream again and compares each frame with its source (PSNR, max error). */
    private static void verify(Transcoder.Run run, PixelDescription pd, NativeFrames frames, BulkRef stream,
            TransferSyntax target, CodecRegistry registry, int maxError) {
        if (pd.photometric().equals("YBR_FULL_422")) {
            run.warnings.add("no verification of a YBR_FULL_422 source against its video: the layouts differ");
            return;
        }
        PixelDescription encodedPd = new PixelDescription(pd.rows(), pd.columns(), 3, 8, 8, 7, 0, "YBR_PARTIAL_420",
                0, frames.count(), Tag.PIXEL_DATA, List.of());
        Codec verifier = registry.videoDecoderFor(target, encodedPd, null);
        try (VideoPictureReader reader = verifier.videoDecoder().open(stream.read(), encodedPd)) {
            for (int i = 0; i < frames.count(); i++) {
                VideoPicture p = reader.next();
                if (p == null) {
                    throw new DicodecException(ErrorKind.INTERNAL, null, i + 1, -1, -1, "verification failed: the "
                            + target.name() + " stream decodes to " + i + " frames of " + frames.count(), null);
                }
                DecodedFrame back = VideoColour.toNative(p, pd.photometric());
                FrameCheck check = FrameComparison.compare(i + 1, frames.frame(i), pd.planarConfiguration(),
                        back.pixels(), back.planarConfiguration(), pd);
                if (maxError > 0 && check.maxError() > maxError) {
                    throw new DicodecException(ErrorKind.REFUSED, null, i + 1, -1, -1, "verification failed: error "
                            + check.maxError() + " above the allowed maximum " + maxError + " (PSNR "
                            + String.format(Locale.ROOT, "%.2f", check.psnr()) + " dB)", null);
                }
                run.checks.add(check);
            }
        }
    }

    /** Appends what the encoder writes to the spool, contiguous with what is there. */
    private static final class SpoolOutput extends OutputStream {
        private final FrameSpool spool;

        SpoolOutput(FrameSpool spool) {
            this.spool = spool;
        }

        @Override
        public void write(int b) throws IOException {
            spool.append(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            spool.append(Arrays.copyOfRange(b, off, off + len));
        }
    }
}
