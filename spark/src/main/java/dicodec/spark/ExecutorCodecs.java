package dicodec.spark;

import dicodec.batch.OutputVerifier;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.transcode.Transcoder;

/**
 * The codecs of this executor JVM, found once (ServiceLoader: the Java codecs, and the native
 * and OpenCL backends whose libraries load here; one that does not load is left out with its
 * reason, as in the service) and shared by every task the executor runs.
 */
final class ExecutorCodecs {
    private static volatile ExecutorCodecs instance;

    final Transcoder transcoder;
    final OutputVerifier verifier;

    private ExecutorCodecs(CodecRegistry registry) {
        this.transcoder = new Transcoder(registry);
        this.verifier = new OutputVerifier(transcoder);
    }

    static ExecutorCodecs get() {
        ExecutorCodecs c = instance;
        if (c == null) {
            synchronized (ExecutorCodecs.class) {
                c = instance;
                if (c == null) {
                    c = new ExecutorCodecs(CodecRegistry.load());
                    instance = c;
                }
            }
        }
        return c;
    }
}
