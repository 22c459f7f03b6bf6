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
import dicodec.core.pixel.CompressionFamily;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.policy.DerivedInstance;
import dicodec.core.policy.JpegProcessChoice;
import dicodec.core.policy.LossyAction;
import dicodec.core.policy.LossyDecision;
import dicodec.core.policy.LossyEvidence;
import dicodec.core.policy.LossyMethod;
import dicodec.core.policy.PolicySettings;
import dicodec.core.policy.SourceClass;
import dicodec.core.policy.SourceClassifier;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.EncodedFrame;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The transcoder pipeline: plan (pixel path and lossy-safety decision), then decode / encode
 * frame by frame, then the attributes DICOM requires, then write. Frames go through a
 * temporary spool, so memory is bounded by one frame, not the object. Codecs come from the
 * {@link CodecRegistry}; this class knows none of them.
 */
public final class Transcoder {
    /** Lossless syntaxes tried, in order, when a lossy request falls back (dicom-rules 5.1). */
    private static final List<TransferSyntax> LOSSLESS_FALLBACKS = List.of(TransferSyntaxes.JPEG_LOSSLESS_SV1,
            TransferSyntaxes.JPEG_2000_LOSSLESS, TransferSyntaxes.JPEG_LS_LOSSLESS, TransferSyntaxes.RLE);

    private final CodecRegistry registry;
    private final PolicySettings settings;

    public Transcoder(CodecRegistry registry) {
        this(registry, PolicySettings.DEFAULT);
    }

    public Transcoder(CodecRegistry registry, PolicySettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    /** How {@code in} would go to the requested target; refusals are thrown, naming the reason. */
    public Plan plan(DicomObject in, TranscodeOptions options) {
        TransferSyntax source = in.syntax();
        TransferSyntax target = options.target();
        DicomElement pixels = in.dataset().get(Tag.PIXEL_DATA);
        boolean floatPixels = in.dataset().contains(Tag.FLOAT_PIXEL_DATA) || in.dataset().contains(Tag.DOUBLE_FLOAT_PIXEL_DATA);
        if (pixels == null && floatPixels && target.encapsulated()) {
            // PS3.5 A.4: only Pixel Data (7FE0,0010) is encapsulated; no syntax compresses float pixels
            int tag = in.dataset().contains(Tag.FLOAT_PIXEL_DATA) ? Tag.FLOAT_PIXEL_DATA : Tag.DOUBLE_FLOAT_PIXEL_DATA;
            throw new DicodecException(ErrorKind.UNSUPPORTED, null, 0, tag, -1, "float pixel data cannot be written in "
                    + target.name() + ": only Pixel Data (7FE0,0010) can be encapsulated; use a native syntax", null);
        }
        if (pixels == null) {
            LossyDecision none = new LossyDecision(LossyAction.LOSSLESS_TRANSCODE, "no Pixel Data");
            return new Plan(PlanKind.NO_PIXEL_DATA, target, none, new LossyEvidence(false, List.of()), null);
        }
        if (pixels.isFragments() != source.encapsulated()) {
            throw DicodecException.badAttribute(Tag.PIXEL_DATA, source.encapsulated()
                    ? "transfer syntax " + source.uid() + " needs encapsulated Pixel Data, found a native value"
                    : "encapsulated Pixel Data in native transfer syntax " + source.uid());
        }
        LossyEvidence evidence = SourceClassifier.evidence(in);
        SourceClass sourceClass = SourceClassifier.classify(in, evidence);
        LossyDecision decision = LossyDecision.decide(sourceClass, evidence, source, target, options.encode(),
                options.lossyPolicy());
        switch (decision.action()) {
            case REFUSE:
                throw new DicodecException(ErrorKind.REFUSED, decision.reason());
            case FALLBACK_TO_LOSSLESS:
                target = losslessFallback(in);
                break;
            case LOSSY_ENCODE:
                if (JpegProcessChoice.isLossyJpeg(target)) {
                    return lossyJpegPlan(in, target, decision, evidence);
                }
                if (CompressionFamily.of(target) == CompressionFamily.VIDEO) {
                    return videoPlan(in, target, decision, evidence);
                }
                break;
            default:
                break;
        }
        return new Plan(pixelPath(source, target, pixels.isFragments()), target, decision, evidence, null);
    }

    /**
     * Lossy JPEG picks its process by Bits Stored (.50 for 8, .51 for 9 to 12, reported). Above
     * 12 bits, for 1-bit and float data there is none: refused, naming the attribute (design:
     * "if the target cannot hold the data, refuse, unless the request asks for a fallback";
     * with FALLBACK_TO_LOSSLESS the decision already chose a lossless syntax).
     */
    private Plan lossyJpegPlan(DicomObject in, TransferSyntax asked, LossyDecision decision, LossyEvidence evidence) {
        PixelDescription pd = PixelDescription.from(in.dataset());
        JpegProcessChoice.Choice choice = JpegProcessChoice.choose(asked, pd);
        if (choice.target() == null) {
            throw DicodecException.unsupported("cannot encode " + asked.name() + " (" + asked.uid() + "): "
                    + choice.note() + "; ask --policy fallback for a lossless syntax instead");
        }
        return new Plan(pixelPath(in.syntax(), choice.target(), in.syntax().encapsulated()), choice.target(), decision,
                evidence, choice.note());
    }

    /**
     * A video target: 8-bit pixels within the level's size and frame rate, refused naming the
     * limit before anything is written. The photometric of an encapsulated source is known only
     * once decoded, so it is checked then.
     */
    private Plan videoPlan(DicomObject in, TransferSyntax target, LossyDecision decision, LossyEvidence evidence) {
        PixelDescription pd = PixelDescription.from(in.dataset());
        if (in.syntax().encapsulated()) {
            pd = new PixelDescription(pd.rows(), pd.columns(), pd.samplesPerPixel(), pd.bitsAllocated(),
                    pd.bitsStored(), pd.highBit(), pd.pixelRepresentation(), pd.samplesPerPixel() == 1 ? "MONOCHROME2"
                    : "RGB", 0, pd.frames(), pd.pixelDataTag(), List.of());
        }
        VideoTranscode.Target video = VideoTranscode.plan(target, pd, in.dataset());
        return new Plan(pixelPath(in.syntax(), target, in.syntax().encapsulated()), target, decision, evidence,
                video.notes().isEmpty() ? null : String.join("; ", video.notes()));
    }

    private static PlanKind pixelPath(TransferSyntax source, TransferSyntax target, boolean srcEncapsulated) {
        if (!srcEncapsulated && !target.encapsulated()) {
            return PlanKind.NATIVE_TO_NATIVE;
        }
        if (srcEncapsulated && source.uid().equals(target.uid())) {
            return PlanKind.PASS_THROUGH;
        }
        if (srcEncapsulated && !target.encapsulated()) {
            return PlanKind.DECODE;
        }
        return srcEncapsulated ? PlanKind.DECODE_ENCODE : PlanKind.ENCODE;
    }

    /** The first lossless syntax with an encoder that takes these pixels, else Explicit VR LE. */
    private TransferSyntax losslessFallback(DicomObject in) {
        PixelDescription pd = PixelDescription.from(in.dataset());
        for (TransferSyntax ts : LOSSLESS_FALLBACKS) {
            try {
                registry.encoderFor(ts, pd, null);
                return ts;
            } catch (DicodecException e) {
                // not available for these pixels: try the next
            }
        }
        return TransferSyntaxes.EXPLICIT_VR_LE;
    }

    /** Transcodes {@code in} into {@code out}. Nothing is written when the plan is refused. */
    public TranscodeResult transcode(DicomObject in, TranscodeOptions options, OutputStream out) throws IOException {
        long start = System.nanoTime();
        Plan plan = plan(in, options);
        TranscodeOptions effective = options.withTarget(plan.target());
        TransferSyntax target = plan.target();
        Dataset ds = in.dataset().copy();
        Run run = new Run(in, ds, effective, plan);
        run.warnings.addAll(in.warnings());
        if (plan.targetNote() != null) {
            run.warnings.add(plan.targetNote());
        } else if (plan.decision().action() == LossyAction.FALLBACK_TO_LOSSLESS) {
            run.warnings.add("fell back from " + options.target().name() + " to " + target.name() + ": "
                    + plan.decision().reason());
        }
        if (!in.syntax().uid().equals(target.uid())) {
            run.changes.add(change(Tag.TRANSFER_SYNTAX_UID, in.syntax().uid(), target.uid(), "target transfer syntax"));
        }
        boolean usesCodec = plan.kind() == PlanKind.DECODE || plan.kind() == PlanKind.ENCODE
                || plan.kind() == PlanKind.DECODE_ENCODE;
        // Byte-order changes and pass-through need no description of the pixels; codecs do.
        PixelDescription pd = usesCodec ? PixelDescription.from(ds) : null;
        int frames = pd != null ? pd.frames()
                : ds.contains(Tag.PIXEL_DATA) ? Math.max(1, ds.getInt(Tag.NUMBER_OF_FRAMES, 1)) : 0;
        try (FrameSpool decodedSpool = usesCodec ? new FrameSpool() : null;
                FrameSpool encodedSpool = usesCodec ? new FrameSpool() : null) {
            switch (plan.kind()) {
                case DECODE:
                    decodeAll(run, pd, decodedSpool);
                    break;
                case ENCODE:
                    encodeAll(run, pd, encodedSpool);
                    break;
                case DECODE_ENCODE:
                    decodeAll(run, pd, decodedSpool);
                    encodeAll(run, PixelDescription.from(ds), encodedSpool);
                    break;
                default:
                    break;
            }
            applyLossyRules(run);
            if (options.bareDataset()) {
                DicomWriter.writeDataset(ds, target, out);
            } else {
                DicomWriter.writeFile(in.fileMeta(), ds, target, out);
            }
        }
        return new TranscodeResult(in.syntax(), target, plan.kind(), plan.decision().action(),
                plan.decision().reason(), run.changes, run.uidMapping, run.checks, run.warnings, frames,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The state of one transcode while it runs. */
    static final class Run {
        final DicomObject in;
        final Dataset ds;
        final TranscodeOptions options;
        final Plan plan;
        final List<AttributeChange> changes = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<FrameCheck> checks = new ArrayList<>();
        Map<String, String> uidMapping = Map.of();
        long nativeBytes;
        long encodedBytes;

        Run(DicomObject in, Dataset ds, TranscodeOptions options, Plan plan) {
            this.in = in;
            this.ds = ds;
            this.options = options;
            this.plan = plan;
        }
    }

    /**
     * The Basic Offset Table of the new fragments. Past 4 GiB, where its 32-bit offsets end, it
     * is empty and the Extended Offset Table (7FE0,0001) with its Lengths (7FE0,0002) gives
     * 64-bit offsets instead (PS3.5 A.4; one fragment per frame, as the encoder writes).
     */
    private static BulkRef offsetTables(Run run, List<BulkRef> fragments) {
        BulkRef bot = BasicOffsetTable.of(fragments);
        if (bot.length() > 0 || fragments.isEmpty()) {
            return bot;
        }
        int n = fragments.size();
        java.nio.ByteBuffer offsets = java.nio.ByteBuffer.allocate(8 * n).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        java.nio.ByteBuffer lengths = java.nio.ByteBuffer.allocate(8 * n).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long offset = 0;
        for (BulkRef f : fragments) {
            long item = f.length() + (f.length() & 1); // as written: odd fragments are padded
            offsets.putLong(offset);
            lengths.putLong(item);
            offset += 8 + item;
        }
        run.ds.put(DicomElement.ofBytes(Tag.EXTENDED_OFFSET_TABLE, VR.OV, offsets.array()));
        run.ds.put(DicomElement.ofBytes(Tag.EXTENDED_OFFSET_TABLE_LENGTHS, VR.OV, lengths.array()));
        run.changes.add(change(Tag.EXTENDED_OFFSET_TABLE, "", n + " offsets", "the fragments pass 4 GiB, beyond the"
                + " Basic Offset Table's 32-bit offsets (PS3.5 A.4)"));
        return bot;
    }

    /** Removes the source's Extended Offset Table: it describes fragments that are being replaced. */
    private static void dropOldOffsetTables(Run run) {
        if (run.ds.contains(Tag.EXTENDED_OFFSET_TABLE) || run.ds.contains(Tag.EXTENDED_OFFSET_TABLE_LENGTHS)) {
            run.ds.remove(Tag.EXTENDED_OFFSET_TABLE);
            run.ds.remove(Tag.EXTENDED_OFFSET_TABLE_LENGTHS);
            run.changes.add(change(Tag.EXTENDED_OFFSET_TABLE, "present", "", "it indexed the source's fragments"));
        }
    }

    private void decodeAll(Run run, PixelDescription pd, FrameSpool spool) throws IOException {
        if (CompressionFamily.of(run.in.syntax()) == CompressionFamily.VIDEO) {
            VideoTranscode.decode(run, pd, spool, registry);
            return;
        }
        Codec codec = registry.decoderFor(run.in.syntax(), pd, run.options.backend());
        EncapsulatedFrames frames = EncapsulatedFrames.of(
                (ElementValue.Fragments) run.ds.get(Tag.PIXEL_DATA).value(), run.ds, run.in.syntax());
        dropOldOffsetTables(run); // read by the line above; native output has no fragments
        long[] total = {0};
        String[] photometric = {pd.photometric()};
        int[] planar = {pd.planarConfiguration()};
        // 1-bit frames whose bit count is not a multiple of 8 are packed bit after bit
        BitPacker bits = pd.bitsAllocated() == 1 && pd.nativeFrameBits() % 8 != 0 ? new BitPacker() : null;
        int inFlight = FrameBudget.framesInFlight(pd, FrameWorkers.defaultInFlight());
        FrameWorkers.forEachFrame(frames.count(), inFlight, i -> {
            try {
                return codec.decoder().decode(frames.frame(i), pd);
            } catch (DicodecException e) {
                throw e.inFrame(i + 1);
            }
        }, (i, f) -> {
            if (bits != null) {
                bits.append(f.pixels(), pd.nativeFrameBits());
            } else {
                total[0] += spool.append(f.pixels()).length();
            }
            photometric[0] = f.photometric();
            planar[0] = f.planarConfiguration();
        });
        if (bits != null) {
            total[0] = spool.append(bits.toByteArray()).length();
        }
        run.ds.put(new DicomElement(Tag.PIXEL_DATA, pd.bitsAllocated() > 8 ? VR.OW : VR.OB,
                new ElementValue.Bytes(new BulkRef(spool, 0, total[0]), 0)));
        setString(run.ds, Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, photometric[0], "the decoder's output", run.changes);
        if (pd.samplesPerPixel() > 1) {
            setUs(run.ds, Tag.PLANAR_CONFIGURATION, planar[0], "the decoder's output", run.changes);
        }
    }

    private void encodeAll(Run run, PixelDescription pd, FrameSpool spool) throws IOException {
        TranscodeOptions options = run.options;
        if (CompressionFamily.of(options.target()) == CompressionFamily.VIDEO) {
            VideoTranscode.encode(run, pd, spool, registry,
                    options.maxError() > 0 ? options.maxError() : settings.maxLossyError());
            return;
        }
        Codec codec = registry.encoderFor(options.target(), pd, options.backend());
        boolean lossyPlanned = run.plan.decision().action() == LossyAction.LOSSY_ENCODE;
        boolean verify = options.verify() != null ? options.verify() : lossyPlanned;
        Codec verifier = verify ? registry.decoderFor(options.target(), pd, null) : null;
        int maxError = options.maxError() > 0 ? options.maxError() : settings.maxLossyError();
        NativeFrames frames = new NativeFrames(pd, (ElementValue.Bytes) run.ds.get(Tag.PIXEL_DATA).value());
        dropOldOffsetTables(run);
        List<BulkRef> fragments = new ArrayList<>();
        String[] photometric = {pd.photometric()};
        int inFlight = FrameBudget.framesInFlight(pd, FrameWorkers.defaultInFlight());
        FrameWorkers.forEachFrame(frames.count(), inFlight, i -> {
            byte[] nativeFrame = frames.frame(i);
            EncodedFrame f;
            try {
                f = codec.encoder().encode(nativeFrame, pd, options.encode());
            } catch (DicodecException e) {
                throw e.inFrame(i + 1);
            }
            if (f.lossy() && !lossyPlanned) {
                throw new DicodecException(ErrorKind.REFUSED, null, i + 1, -1, -1, "the " + options.target().name()
                        + " encoder produced lossy output for a request planned as lossless ("
                        + run.plan.decision().reason() + ")", null);
            }
            FrameCheck check = verifier == null ? null
                    : verifyFrame(run, i, nativeFrame, f, pd, verifier, maxError, !lossyPlanned);
            return new Coded(f, nativeFrame.length, check);
        }, (i, c) -> {
            fragments.add(spool.append(c.frame().stream()));
            run.nativeBytes += c.nativeLength();
            run.encodedBytes += c.frame().stream().length;
            if (c.check() != null) {
                run.checks.add(c.check());
            }
            photometric[0] = c.frame().photometric();
        });
        run.ds.put(new DicomElement(Tag.PIXEL_DATA, VR.OB,
                new ElementValue.Fragments(offsetTables(run, fragments), fragments)));
        setString(run.ds, Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, photometric[0], "the encoded stream", run.changes);
        if (pd.samplesPerPixel() > 1 && CompressionFamily.of(options.target()).hasFrameMarkers()) {
            // JPEG, JPEG-LS, JPEG 2000: colour streams are interleaved, Planar Configuration 0 (PS3.5 8.2)
            setUs(run.ds, Tag.PLANAR_CONFIGURATION, 0, "PS3.5 8.2: 0 for compressed colour streams", run.changes);
        }
    }

    /** One encoded frame, with what the run records about it. */
    private record Coded(EncodedFrame frame, int nativeLength, FrameCheck check) {
    }

    /** Decodes an encoded frame again: lossless must be exact, lossy within the maximum error. */
    private static FrameCheck verifyFrame(Run run, int index, byte[] nativeFrame, EncodedFrame f, PixelDescription pd,
            Codec verifier, int maxError, boolean mustBeExact) {
        PixelDescription encodedPd = new PixelDescription(pd.rows(), pd.columns(), pd.samplesPerPixel(),
                pd.bitsAllocated(), pd.bitsStored(), pd.highBit(), pd.pixelRepresentation(), f.photometric(),
                0, 1, pd.pixelDataTag(), List.of());
        DecodedFrame back = verifier.decoder().decode(f.stream(), encodedPd);
        FrameCheck check = FrameComparison.compare(index + 1, nativeFrame, pd.planarConfiguration(), back.pixels(),
                back.planarConfiguration(), pd);
        if (mustBeExact && !check.exact()) {
            throw new DicodecException(ErrorKind.INTERNAL, null, index + 1, -1, -1, "verification failed: the "
                    + run.options.target().name() + " output of a lossless request differs from the input by up to "
                    + check.maxError(), null);
        }
        if (!mustBeExact && maxError > 0 && check.maxError() > maxError) {
            throw new DicodecException(ErrorKind.REFUSED, null, index + 1, -1, -1, "verification failed: error "
                    + check.maxError() + " above the allowed maximum " + maxError + " (PSNR "
                    + String.format(java.util.Locale.ROOT, "%.2f", check.psnr()) + " dB)", null);
        }
        return check;
    }

    /** The attributes the lossy-safety rules require for the action taken (dicom-rules 5.2, 5.3). */
    private void applyLossyRules(Run run) {
        LossyAction action = run.plan.decision().action();
        if (action == LossyAction.LOSSY_ENCODE && run.encodedBytes > 0) {
            String oldUid = run.ds.getString(Tag.SOP_INSTANCE_UID);
            double ratio = (double) run.nativeBytes / run.encodedBytes;
            DerivedInstance.LossyStep step = new DerivedInstance.LossyStep(LossyMethod.of(run.options.target()), ratio,
                    run.options.target().name(), settings.keepPrimary());
            run.changes.addAll(DerivedInstance.apply(run.ds, step, settings.uids()));
            String newUid = run.ds.getString(Tag.SOP_INSTANCE_UID);
            if (oldUid != null) {
                run.uidMapping = Map.of(oldUid, newUid);
            }
        } else if (action == LossyAction.DECODE_KEEPING_LOSSY_FLAG || action == LossyAction.FALLBACK_TO_LOSSLESS
                && run.plan.evidence().lossy()) {
            // T1: once lossy, always flagged, also after decompression (never reset to 00)
            setString(run.ds, Tag.LOSSY_IMAGE_COMPRESSION, VR.CS, "01",
                    "the source was lossy compressed (" + run.plan.evidence().summary() + ")", run.changes);
        }
    }

    static void setString(Dataset ds, int tag, VR vr, String value, String reason,
            List<AttributeChange> changes) {
        String before = ds.getString(tag);
        if (value != null && !value.equals(before)) {
            ds.put(DicomElement.ofString(tag, vr, value));
            changes.add(change(tag, before, value, reason));
        }
    }

    static void setUs(Dataset ds, int tag, int value, String reason, List<AttributeChange> changes) {
        int before = ds.getInt(tag, -1);
        if (before != value) {
            ds.put(DicomElement.ofBytes(tag, VR.US, new byte[] {(byte) value, (byte) (value >> 8)}));
            changes.add(change(tag, before < 0 ? "" : String.valueOf(before), String.valueOf(value), reason));
        }
    }

    static AttributeChange change(int tag, String before, String after, String reason) {
        return new AttributeChange(tag, DataDictionary.standard().keyword(tag), before == null ? "" : before,
                after == null ? "" : after, reason);
    }
}
