package dicodec.server.grpc;

import dicodec.core.spi.Availability;
import dicodec.core.spi.Backend;
import dicodec.core.spi.Codec;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.grpc.v1.BackendStatus;
import dicodec.grpc.v1.Capabilities;
import dicodec.grpc.v1.Limits;
import dicodec.grpc.v1.SyntaxSupport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * GetCapabilities: built from the codec registry, so a codec added to the class path shows up
 * here with no server change. Native syntaxes are read and written by the core itself; an
 * encapsulated syntax is read (written) when an available codec decodes (encodes) it. A
 * backend with no available codec says why, in its codecs' own words.
 */
public final class CapabilitiesReport {
    private CapabilitiesReport() {
    }

    public static Capabilities of(CodecRegistry registry, ServerConfig config, String version) {
        Capabilities.Builder c = Capabilities.newBuilder().setVersion(version);
        for (TransferSyntax ts : TransferSyntaxes.all()) {
            c.addSyntaxes(syntax(ts, registry));
        }
        for (Backend b : Backend.values()) {
            c.addBackends(backend(b, registry));
        }
        c.setLimits(Limits.newBuilder()
                .setMaxMessageBytes(config.maxMessageBytes())
                .setMaxFrames(config.maxFrames())
                .setMaxFramePixels(config.maxFramePixels())
                .setMaxConcurrentCalls(config.maxConcurrentCalls())
                .setStreamChunkBytes(config.streamChunkBytes()));
        return c.build();
    }

    private static SyntaxSupport syntax(TransferSyntax ts, CodecRegistry registry) {
        SyntaxSupport.Builder s = SyntaxSupport.newBuilder()
                .setUid(ts.uid())
                .setName(ts.name())
                .setShortName(ts.shortName())
                .setLossiness(ts.lossy().name());
        if (ts.isNative()) {
            return s.setRead(true).setWrite(true).addBackends(dicodec.grpc.v1.Backend.BACKEND_JAVA).build();
        }
        Set<Backend> backends = new LinkedHashSet<>();
        List<String> whyNot = new ArrayList<>();
        boolean read = supports(ts, registry, c -> c.decodes() ? c : null, backends, whyNot, "decode");
        boolean write = supports(ts, registry, c -> c.encodes() ? c : null, backends, whyNot, "encode");
        backends.forEach(b -> s.addBackends(RequestOptions.toProto(b)));
        if (!read || !write) {
            s.setReason(whyNot.isEmpty() ? "no codec for this syntax yet" : String.join("; ", whyNot));
        }
        return s.setRead(read).setWrite(write).build();
    }

    private static boolean supports(TransferSyntax ts, CodecRegistry registry, Function<Codec, Object> role,
            Set<Backend> backends, List<String> whyNot, String what) {
        boolean any = false;
        for (Codec codec : registry.codecs()) {
            if (!codec.syntax().uid().equals(ts.uid()) || role.apply(codec) == null) {
                continue;
            }
            Availability a = codec.availability();
            if (a.available()) {
                any = true;
                backends.add(codec.backend());
            } else {
                whyNot.add(what + " " + label(codec.backend()) + ": " + a.reason());
            }
        }
        return any;
    }

    private static BackendStatus backend(Backend b, CodecRegistry registry) {
        BackendStatus.Builder s = BackendStatus.newBuilder().setBackend(RequestOptions.toProto(b));
        Set<String> reasons = new LinkedHashSet<>();
        boolean available = false;
        String availableReason = "available";
        for (Codec codec : registry.codecs()) {
            if (codec.backend() != b) {
                continue;
            }
            Availability a = codec.availability();
            if (a.available()) {
                available = true;
                if (b == Backend.OPENCL) {
                    availableReason = a.reason(); // names the device
                }
                if (!s.getSyntaxesList().contains(codec.syntax().shortName())) {
                    s.addSyntaxes(codec.syntax().shortName());
                }
            } else {
                reasons.add(a.reason());
            }
        }
        if (b == Backend.JAVA) {
            // The uncompressed syntaxes need no codec: the core's reader and writer do them.
            return s.setAvailable(true).setReason("built in: uncompressed syntaxes"
                    + (s.getSyntaxesCount() == 0 ? "" : ", and codecs for " + String.join(", ", s.getSyntaxesList())))
                    .build();
        }
        if (available) {
            return s.setAvailable(true).setReason(availableReason).build();
        }
        String why = reasons.isEmpty()
                ? "no " + label(b) + " codec on the class path yet"
                : String.join("; ", reasons);
        return s.setAvailable(false).setReason(why).build();
    }

    private static String label(Backend b) {
        return b == Backend.OPENCL ? "OpenCL" : b.name().toLowerCase(Locale.ROOT);
    }
}
