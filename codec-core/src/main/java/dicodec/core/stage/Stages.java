package dicodec.core.stage;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Which {@link StageProvider} the stages outside the codecs (viewer window, verification) use:
 * the available provider of highest rank on the class path, else {@link JavaStageProvider}.
 * Chosen once, on first use; a provider that fails to load is skipped with one log line.
 */
public final class Stages {
    private static final Logger LOG = Logger.getLogger(Stages.class.getName());

    private static volatile StageProvider current;

    private Stages() {
    }

    public static StageProvider current() {
        StageProvider p = current;
        if (p == null) {
            synchronized (Stages.class) {
                if (current == null) {
                    current = choose();
                }
                p = current;
            }
        }
        return p;
    }

    private static StageProvider choose() {
        StageProvider best = JavaStageProvider.INSTANCE;
        var it = ServiceLoader.load(StageProvider.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                StageProvider p = it.next();
                if (!p.availability().available()) {
                    LOG.info(() -> "stages " + p.name() + " unavailable: " + p.availability().reason());
                } else if (p.rank() > best.rank()) {
                    best = p;
                }
            } catch (ServiceConfigurationError | LinkageError e) {
                LOG.warning("a stage provider failed to load and is skipped: " + e);
            }
        }
        return best;
    }
}
