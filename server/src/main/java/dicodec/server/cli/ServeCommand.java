package dicodec.server.cli;

import dicodec.core.spi.CodecRegistry;
import dicodec.server.grpc.ServerConfig;
import dicodec.server.grpc.ServerSecurity;
import dicodec.server.grpc.TranscoderServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dicodec serve}: runs the gRPC service until the process is told to stop. On SIGTERM
 * (or Ctrl-C) the server stops taking calls and lets those in flight finish for up to
 * shutdown-grace-seconds before cancelling them.
 */
@Command(name = "serve", description = "Run the gRPC transcoding service (dicodec.v1.Transcoder, health, reflection).")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "TCP port; 0 picks a free one (default: the configuration's, 50051).")
    Integer port;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (key=value); it overrides the embedded defaults.")
    Path config;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Compression rules (YAML, see config/rules-example.yaml) for requests with target auto.")
    Path rules;

    @Override
    public Integer call() throws Exception {
        ServerConfig cfg = ServerConfig.load(config);
        if (port != null) {
            cfg = cfg.withPort(port);
        }
        if (rules != null) {
            cfg = cfg.withRules(rules);
        }
        ServerSecurity security = ServerSecurity.load(config);
        TranscoderServer server = new TranscoderServer(TranscoderServer.netty(cfg, security), cfg,
                CodecRegistry.load()).start();
        PrintWriter out = spec.commandLine().getOut();
        ServerConfig running = cfg;
        Thread stopper = new Thread(() -> {
            out.println("dicodec: shutting down; in-flight calls have " + running.shutdownGrace().toSeconds()
                    + " s to finish");
            try {
                boolean clean = server.stopGracefully(running.shutdownGrace());
                out.println("dicodec: stopped" + (clean ? "" : " (calls still running were cancelled)"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dicodec-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        out.println("dicodec: serving dicodec.v1.Transcoder, health and reflection (" + security.describe() + ") on "
                + cfg.host() + ":" + server.port());
        out.flush();
        server.awaitTermination();
        return ExitCodes.DONE;
    }
}
