package dicodec.server.cli;

import dicodec.core.spi.CodecRegistry;
import dicodec.core.stage.Stages;
import dicodec.gpu.device.OpenClRuntime;
import dicodec.grpc.v1.BackendStatus;
import dicodec.grpc.v1.Capabilities;
import dicodec.grpc.v1.SyntaxSupport;
import dicodec.server.grpc.CapabilitiesReport;
import dicodec.server.grpc.ServerConfig;
import dicodec.server.grpc.ServerVersion;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code dicodec info --capabilities}: what GetCapabilities answers (backends and syntaxes),
 * and the OpenCL device this process would use or why none, in "Key: value" lines.
 */
final class CapabilitiesText {
    private CapabilitiesText() {
    }

    static void print(PrintWriter w) {
        Capabilities c = CapabilitiesReport.of(CodecRegistry.load(), ServerConfig.defaults(), ServerVersion.get());
        w.println("Version: " + c.getVersion());
        printOpenCl(w, OpenClRuntime.get());
        w.println("Stages: " + Stages.current().name());
        for (BackendStatus b : c.getBackendsList()) {
            String name = b.getBackend().name().replace("BACKEND_", "").toLowerCase(Locale.ROOT);
            // Available: the syntaxes it has codecs for (the OpenCL line above names the device);
            // unavailable: why.
            w.println("Backend " + name + ": " + (b.getAvailable()
                    ? "available, codecs: " + (b.getSyntaxesCount() == 0 ? "uncompressed only" : String.join(" ", b.getSyntaxesList()))
                    : "unavailable (" + b.getReason() + ")"));
        }
        for (SyntaxSupport s : c.getSyntaxesList()) {
            w.println("Syntax " + s.getShortName() + ": " + (s.getRead() ? "read" : "-") + " "
                    + (s.getWrite() ? "write" : "-") + " " + s.getUid()
                    + (s.getReason().isEmpty() ? "" : " (" + s.getReason() + ")"));
        }
    }

    /** The OpenCL lines: the device and the batching, or "none" and the reason. */
    static void printOpenCl(PrintWriter w, OpenClRuntime r) {
        if (r.device() != null) {
            w.println("OpenCL: " + r.device().info());
            w.println("OpenCL Batch: " + (r.batches() == null ? "off, each stage call its own launch"
                    : "up to " + (r.batches().maxBytes() >> 20) + " MiB of frames at once, linger "
                            + r.settings().batchLingerMicros() + " us")
                    + "; stages under " + r.settings().minSamples() + " samples on the CPU");
        } else {
            w.println("OpenCL: none (" + r.availability().reason() + ")");
        }
    }
}
