package dicodec.batch;

import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.ElementValue;
import dicodec.core.io.FileByteSource;
import dicodec.core.io.Tag;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.Transcoder;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Decides whether an output an earlier run left is done, so a resumed batch can skip it. It is
 * when it parses to the end, holds the target syntax (or, under the fallback policy, a lossless
 * one), is the same instance as its source (same SOP Instance UID; a lossy output with a new UID
 * names the source in its Source Image Sequence), has the source's number of frames with all
 * their bytes, and is not older than its source.
 */
public final class OutputVerifier {
    private static final int SOURCE_IMAGE_SEQUENCE = 0x00082112;
    private static final int REFERENCED_SOP_INSTANCE_UID = 0x00081155;

    private final Transcoder transcoder;

    public OutputVerifier(Transcoder transcoder) {
        this.transcoder = transcoder;
    }

    /** Null when {@code output} is a finished output of {@code source}, else why not. */
    public String whyNotDone(DicomObject source, Path sourceFile, Path output, TranscodeOptions options) {
        try {
            if (Files.getLastModifiedTime(output).compareTo(Files.getLastModifiedTime(sourceFile)) < 0) {
                return "the source is newer than the output";
            }
            try (FileByteSource src = new FileByteSource(output)) {
                DicomObject out = DicomReader.read(src);
                // The syntax this request gives for this source: the one asked, or what the
                // lossy-safety plan put in its place (JPEG process by Bits Stored, a fallback).
                String syntax = out.syntax().uid();
                String expected = transcoder.plan(source, options).target().uid();
                if (!syntax.equals(expected)) {
                    return "the output is in " + syntax + ", not " + expected;
                }
                String uid = source.dataset().getString(Tag.SOP_INSTANCE_UID);
                if (!sameInstance(uid, out.dataset())) {
                    return "the output's SOP Instance UID " + out.dataset().getString(Tag.SOP_INSTANCE_UID)
                            + " is not the source's " + uid;
                }
                int want = frames(source);
                int have = frames(out);
                if (want != have) {
                    return "the output has " + have + " frame(s), the source " + want;
                }
                return null;
            }
        } catch (Exception e) {
            return "the output does not read back: " + Reasons.oneLine(e);
        }
    }

    private static boolean sameInstance(String sourceUid, Dataset out) {
        if (Objects.equals(sourceUid, out.getString(Tag.SOP_INSTANCE_UID))) {
            return true;
        }
        DicomElement refs = out.get(SOURCE_IMAGE_SEQUENCE);
        if (sourceUid == null || refs == null) {
            return false;
        }
        for (Dataset item : refs.items()) {
            if (sourceUid.equals(item.getString(REFERENCED_SOP_INSTANCE_UID))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Frames whose bytes are all there: native frames are checked against the length the
     * attributes need, encapsulated ones grouped into frames; 0 without pixel data or without
     * the attributes that would describe it.
     */
    private static int frames(DicomObject obj) {
        Dataset ds = obj.dataset();
        if (!ds.contains(Tag.ROWS) && !ds.contains(Tag.COLUMNS) && !ds.contains(Tag.BITS_ALLOCATED)) {
            return 0; // no pixels, or a stub Pixel Data nothing describes (as ObjectReport says)
        }
        PixelDescription pd = PixelDescription.from(obj.dataset());
        if (pd == null) {
            return 0;
        }
        DicomElement e = obj.dataset().get(pd.pixelDataTag());
        if (e.value() instanceof ElementValue.Bytes b) {
            return new NativeFrames(pd, b).count();
        }
        EncapsulatedFrames f = EncapsulatedFrames.of((ElementValue.Fragments) e.value(), obj.dataset(), obj.syntax());
        return f.isVideoStream() ? f.numberOfFrames() : f.count();
    }
}
