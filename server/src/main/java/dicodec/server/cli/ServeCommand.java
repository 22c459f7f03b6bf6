package dicodec.server.cli;

import dicodec.core.error.DicodecException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dicodec serve}: the gRPC service. */
@Command(name = "serve", description = "Run the gRPC transcoding service.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "50051", description = "TCP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--config", description = "Configuration file (defaults are embedded).")
    String config;

    @Override
    public Integer call() {
        // The service is the next piece of work (gRPC API issue); until then say so plainly
        // instead of pretending to listen.
        throw DicodecException.unsupported("the gRPC service is not built yet; use 'dicodec transcode' and 'dicodec info'");
    }
}
