package dicodec.core.transcode;

import dicodec.core.dict.DataDictionary;
import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.BulkRef;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomWriter;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.io.VR;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.syntax.TransferSyntax;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The transcoder pipeline: plan, then decode / convert / encode frame by frame, then write.
 * Frames go through a temporary spool, so memory is bounded by one frame, not the object.
 * Codecs come from the {@link CodecRegistry}; this class knows none of them.
 */
public final class Transcoder {
    private final CodecRegistry registry;

    public Transcoder(CodecRegistry registry) {
        this.registry = registry;
    }

    /** How {@code in} would go to {@code target}; refusals are thrown, naming the reason. */
    public PlanKind plan(DicomObject in, TransferSyntax target) {
        TransferSyntax source = in.syntax();
        DicomElement pixels = in.dataset().get(Tag.PIXEL_DATA);
        if (pixels == null) {
            return PlanKind.NO_PIXEL_DATA;
        }
        boolean srcEncapsulated = pixels.isFragments();
        if (srcEncapsulated != source.encapsulated()) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, source.encapsulated()
                    ? "transfer syntax " + source.uid() + " needs encapsulated Pixel Data, found a native value"
                    : "encapsulated Pixel Data in native transfer syntax " + source.uid());
        }
        if (!srcEncapsulated && !target.encapsulated()) {
            return PlanKind.NATIVE_TO_NATIVE;
        }
        if (srcEncapsulated && source.uid().equals(target.uid())) {
            return PlanKind.PASS_THROUGH;
        }
        if (srcEncapsulated && !target.encapsulated()) {
            return PlanKind.DECODE;
        }
        if (!srcEncapsulated) {
            return PlanKind.ENCODE;
        }
        LossyState lossy = LossyState.of(in.dataset(), source);
        if (lossy.lossy() && target.lossy() == TransferSyntax.Lossiness.LOSSY) {
            throw new DicodecException(ErrorKind.REFUSED, null, 0, -1, -1,
                    "refused: " + lossy.reason() + " and " + target.name() + " is lossy: that would be lossy twice",
                    null);
        }
        return PlanKind.DECODE_ENCODE;
    }

    /** Transcodes {@code in} into {@code out}. Nothing is written when the plan is refused. */
    public TranscodeResult transcode(DicomObject in, TranscodeOptions options, OutputStream out) throws IOException {
        long start = System.nanoTime();
        TransferSyntax target = options.target();
        PlanKind plan = plan(in, target);
        Dataset ds = in.dataset().copy();
        List<AttributeChange> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>(in.warnings());
        changes.add(change(Tag.TRANSFER_SYNTAX_UID, in.syntax().uid(), target.uid(), "target transfer syntax"));
        boolean usesCodec = plan == PlanKind.DECODE || plan == PlanKind.ENCODE || plan == PlanKind.DECODE_ENCODE;
        // Byte-order changes and pass-through need no description of the pixels; codecs do.
        PixelDescription pd = usesCodec ? PixelDescription.from(ds) : null;
        int frames = pd != null ? pd.frames()
                : ds.contains(Tag.PIXEL_DATA) ? Math.max(1, ds.getInt(Tag.NUMBER_OF_FRAMES, 1)) : 0;
        try (FrameSpool spool = usesCodec ? new FrameSpool() : null) {
            switch (plan) {
                case DECODE:
                    decodeAll(in, ds, pd, options, spool, changes);
                    break;
                case ENCODE:
                    encodeAll(ds, pd, nativeFrames(ds, pd), options, spool, changes, warnings);
                    break;
                case DECODE_ENCODE:
                    decodeAll(in, ds, pd, options, spool, changes);
                    PixelDescription decoded = PixelDescription.from(ds);
                    try (FrameSpool second = new FrameSpool()) {
                        encodeAll(ds, decoded, nativeFrames(ds, decoded), options, second, changes, warnings);
                        write(in, ds, target, options, out);
                    }
                    return new TranscodeResult(in.syntax(), target, plan, changes, warnings, frames, elapsed(start));
                default:
                    break;
            }
            write(in, ds, target, options, out);
        }
        return new TranscodeResult(in.syntax(), target, plan, changes, warnings, frames, elapsed(start));
    }

    private static void write(DicomObject in, Dataset ds, TransferSyntax target, TranscodeOptions options,
            OutputStream out) throws IOException {
        if (options.bareDataset()) {
            DicomWriter.writeDataset(ds, target, out);
        } else {
            DicomWriter.writeFile(in.fileMeta(), ds, target, out);
        }
    }

    private static NativeFrames nativeFrames(Dataset ds, PixelDescription pd) {
        return new NativeFrames(pd, (ElementValue.Bytes) ds.get(Tag.PIXEL_DATA).value());
    }

    private void decodeAll(DicomObject in, Dataset ds, PixelDescription pd, TranscodeOptions options, FrameSpool spool,
            List<AttributeChange> changes) throws IOException {
        Codec codec = registry.decoderFor(in.syntax(), pd, options.backend());
        EncapsulatedFrames frames = EncapsulatedFrames.of(
                (ElementValue.Fragments) ds.get(Tag.PIXEL_DATA).value(), ds, in.syntax());
        BulkRef first = null;
        long total = 0;
        String photometric = pd.photometric();
        int planar = pd.planarConfiguration();
        for (int i = 0; i < frames.count(); i++) {
            DecodedFrame f;
            try {
                f = codec.decoder().decode(frames.frame(i), pd);
            } catch (DicodecException e) {
                throw e.inFrame(i + 1);
            }
            BulkRef ref = spool.append(f.pixels());
            first = first == null ? ref : first;
            total += ref.length();
            photometric = f.photometric();
            planar = f.planarConfiguration();
        }
        BulkRef all = new BulkRef(spool, 0, total);
        ds.put(new DicomElement(Tag.PIXEL_DATA, pd.bitsAllocated() > 8 ? VR.OW : VR.OB, new ElementValue.Bytes(all, 0)));
        setString(ds, Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, photometric, "the decoder's output", changes);
        if (pd.samplesPerPixel() > 1) {
            setUs(ds, Tag.PLANAR_CONFIGURATION, planar, "the decoder's output", changes);
        }
    }

    private void encodeAll(Dataset ds, PixelDescription pd, NativeFrames frames, TranscodeOptions options,
            FrameSpool spool, List<AttributeChange> changes, List<String> warnings) throws IOException {
        boolean lossyNoted = false;
        Codec codec = registry.encoderFor(options.target(), pd, options.backend());
        List<BulkRef> fragments = new ArrayList<>();
        String photometric = pd.photometric();
        for (int i = 0; i < frames.count(); i++) {
            EncodedFrame f;
            try {
                f = codec.encoder().encode(frames.frame(i), pd, options.encode());
            } catch (DicodecException e) {
                throw e.inFrame(i + 1);
            }
            if (f.lossy() && options.lossyPolicy() != LossyPolicy.ALLOW) {
                // Until the lossy-safety rules (derived UIDs, 0028,2110 ...) are in place, lossy
                // output is written only when the request explicitly allows it.
                throw new DicodecException(ErrorKind.REFUSED, null, i + 1, -1, -1,
                        "refused: " + options.target().name() + " output is lossy and the request does not allow"
                                + " lossy output (policy " + options.lossyPolicy() + ")", null);
            }
            if (f.lossy() && !lossyNoted) {
                warnings.add("lossy output allowed by the request; the derived-instance attributes of the"
                        + " lossy-safety policy are not written yet (pending)");
                lossyNoted = true;
            }
            fragments.add(spool.append(f.stream()));
            photometric = f.photometric();
        }
        ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OB,
                new ElementValue.Fragments(BasicOffsetTable.of(fragments), fragments)));
        setString(ds, Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, photometric, "the encoded stream", changes);
    }

    private static void setString(Dataset ds, int tag, VR vr, String value, String reason,
            List<AttributeChange> changes) {
        String before = ds.getString(tag);
        if (value != null && !value.equals(before)) {
            ds.put(DicomElement.ofString(tag, vr, value));
            changes.add(change(tag, before, value, reason));
        }
    }

    private static void setUs(Dataset ds, int tag, int value, String reason, List<AttributeChange> changes) {
        int before = ds.getInt(tag, -1);
        if (before != value) {
            ds.put(DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) value, (byte) (value >> 8)}));
            changes.add(change(tag, before < 0 ? "" : String.valueOf(before), String.valueOf(value), reason));
        }
    }

    private static AttributeChange change(int tag, String before, String after, String reason) {
        return new AttributeChange(tag, DataDictionary.standard().keyword(tag), before == null ? "" : before,
                after == null ? "" : after, reason);
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
