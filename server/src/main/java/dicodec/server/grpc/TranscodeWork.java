package dicodec.server.grpc;

import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomObject;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.transcode.AttributeChange;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import dicodec.grpc.v1.FrameVerification;
import dicodec.grpc.v1.Timings;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What Transcode and TranscodeStream share once the object is parsed: check the limits,
 * transcode into the caller's output, verify if asked, and describe it all as a
 * {@link dicodec.grpc.v1.TranscodeResult}. Where the bytes come from and go to is the
 * caller's business (memory for unary calls, temporary files for streams).
 */
final class TranscodeWork {
    /** Opens the written output again, for verification. */
    interface OutputReader {
        DicomObject open() throws IOException;
    }

    private final CodecRegistry registry;
    private final Transcoder transcoder;
    private final ServerConfig config;

    TranscodeWork(CodecRegistry registry, ServerConfig config) {
        this.registry = registry;
        this.transcoder = new Transcoder(registry);
        this.config = config;
    }

    /**
     * @param readNanos time spent receiving and parsing {@code in}, for the timings
     * @param out where the new object goes; checked for cancellation on every write
     * @param output opens what was written (called only when verify was asked)
     */
    dicodec.grpc.v1.TranscodeResult run(DicomObject in, long readNanos, RequestOptions options,
            GuardedOutputStream out, OutputReader output, BooleanSupplier cancelled) throws IOException {
        long start = System.nanoTime();
        ObjectLimits.check(in.dataset(), config);
        TranscodeResult core = transcoder.transcode(in, options.core(), out);
        out.flush();
        long transcoded = System.nanoTime();
        List<String> warnings = new ArrayList<>(core.warnings());
        List<FrameVerification> figures = List.of();
        if (options.verify()) {
            try (DicomObject written = output.open()) {
                figures = FrameVerifier.verify(in, written, registry, options.core().backend(), cancelled);
            } catch (DicodecException e) {
                if (e.kind() != dicodec.core.error.ErrorKind.UNSUPPORTED) {
                    throw e;
                }
                warnings.add("not verified: " + e.getMessage());
            }
        }
        long verified = System.nanoTime();
        Timings timings = Timings.newBuilder()
                .setReadMs(millis(readNanos))
                .setTranscodeMs(millis(transcoded - start))
                .setVerifyMs(options.verify() ? millis(verified - transcoded) : 0)
                .setTotalMs(millis(readNanos + verified - start))
                .build();
        dicodec.grpc.v1.TranscodeResult.Builder r = dicodec.grpc.v1.TranscodeResult.newBuilder()
                .setSourceSyntax(core.source().uid())
                .setTargetSyntax(core.target().uid())
                .setPlan(core.plan().name())
                .setFrames(core.frames())
                .addAllWarnings(warnings)
                .addAllVerification(figures)
                .setTimings(timings)
                .setOutputBytes(out.written());
        for (AttributeChange c : core.changes()) {
            r.addChanges(dicodec.grpc.v1.AttributeChange.newBuilder()
                    .setTag(c.tag())
                    .setKeyword(c.keyword())
                    .setBefore(c.before())
                    .setAfter(c.after())
                    .setReason(c.reason()));
        }
        // sop_instance_uids stays empty: the core makes no new UIDs yet (lossy-safety rules).
        return r.build();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
