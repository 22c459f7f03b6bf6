package dicodec.core.spi;

import dicodec.core.error.DicodecException;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.syntax.TransferSyntax;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * All codecs, keyed by transfer syntax. Picks the fastest backend that is available and takes
 * the frame; when none does, the refusal lists every candidate's reason.
 */
public final class CodecRegistry {
    private static final Logger LOG = Logger.getLogger(CodecRegistry.class.getName());

    private final List<Codec> codecs;

    public CodecRegistry(List<Codec> codecs) {
        List<Codec> sorted = new ArrayList<>(codecs);
        sorted.sort(Comparator.comparingInt(Codec::preference).reversed()
                .thenComparing(Comparator.comparingInt(Codec::priority).reversed()));
        this.codecs = List.copyOf(sorted);
        for (Codec c : this.codecs) {
            Availability a = c.availability();
            if (!a.available()) {
                LOG.info(() -> "codec " + c.syntax().shortName() + "/" + c.backend() + " unavailable: " + a.reason());
            }
        }
    }

    /** The codecs on the class path (ServiceLoader); a provider that fails to load is skipped. */
    public static CodecRegistry load() {
        List<Codec> found = new ArrayList<>();
        var it = ServiceLoader.load(Codec.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                LOG.warning("a codec provider failed to load and is skipped: " + e);
            }
        }
        var providers = ServiceLoader.load(CodecProvider.class).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                found.addAll(providers.next().codecs());
            } catch (ServiceConfigurationError | LinkageError e) {
                LOG.warning("a codec provider failed to load and is skipped: " + e);
            }
        }
        return new CodecRegistry(found);
    }

    public List<Codec> codecs() {
        return codecs;
    }

    /** The decoder to use, or UNSUPPORTED with the reason of each candidate. */
    public Codec decoderFor(TransferSyntax ts, PixelDescription pd, Backend forced) {
        return pick(ts, pd, forced, "decode", Codec::decoder);
    }

    /** The encoder to use, or UNSUPPORTED with the reason of each candidate. */
    public Codec encoderFor(TransferSyntax ts, PixelDescription pd, Backend forced) {
        return pick(ts, pd, forced, "encode", Codec::encoder);
    }

    /** The whole-object decoder of a video syntax, or UNSUPPORTED with each candidate's reason. */
    public Codec videoDecoderFor(TransferSyntax ts, PixelDescription pd, Backend forced) {
        return pick(ts, pd, forced, "decode", Codec::videoDecoder);
    }

    /** The whole-object encoder of a video syntax, or UNSUPPORTED with each candidate's reason. */
    public Codec videoEncoderFor(TransferSyntax ts, PixelDescription pd, Backend forced) {
        return pick(ts, pd, forced, "encode", Codec::videoEncoder);
    }

    private Codec pick(TransferSyntax ts, PixelDescription pd, Backend forced, String what,
            Function<Codec, Object> role) {
        List<String> reasons = new ArrayList<>();
        for (Codec c : codecs) {
            if (!c.syntax().uid().equals(ts.uid()) || role.apply(c) == null) {
                continue;
            }
            String label = c.backend().name().toLowerCase(java.util.Locale.ROOT);
            if (forced != null && c.backend() != forced) {
                reasons.add(label + ": not the forced backend " + forced.name().toLowerCase(java.util.Locale.ROOT));
                continue;
            }
            Availability a = c.availability();
            if (!a.available()) {
                reasons.add(label + ": " + a.reason());
                continue;
            }
            String no = c.profile().whyNot(pd);
            if (no != null) {
                reasons.add(label + ": " + no);
                continue;
            }
            return c;
        }
        String why = reasons.isEmpty() ? "no codec for this syntax yet" : String.join("; ", reasons);
        throw DicodecException.unsupported("cannot " + what + " " + ts.name() + " (" + ts.uid() + "): " + why);
    }
}
