package dicodec.bindings;

import dicodec.core.spi.Availability;
import java.util.logging.Logger;

/**
 * Whether one binding class (and so its native library) loaded. The class is initialised once,
 * on first use; a failure (JNI library not built, Debian package missing, wrong platform) is kept
 * as the reason, logged once, and never thrown again: the codecs that need the library report
 * it through {@link #availability()} instead of crashing (design: "a backend that fails to load
 * is skipped with one log line").
 */
public final class NativeLibrary {
    private static final Logger LOG = Logger.getLogger(NativeLibrary.class.getName());

    private final String name;
    private final String className;
    private volatile Availability availability;

    /**
     * @param name what a person calls the library ("CharLS 2.4 (libcharls2)")
     * @param className the binding class whose static initialiser loads it
     */
    public NativeLibrary(String name, String className) {
        this.name = name;
        this.className = className;
    }

    /** Loads the binding on the first call; never throws. */
    public Availability availability() {
        Availability a = availability;
        if (a == null) {
            synchronized (this) {
                a = availability;
                if (a == null) {
                    a = load();
                    availability = a;
                }
            }
        }
        return a;
    }

    public boolean available() {
        return availability().available();
    }

    public String name() {
        return name;
    }

    private Availability load() {
        try {
            Class.forName(className, true, NativeLibrary.class.getClassLoader());
            return Availability.YES;
        } catch (ExceptionInInitializerError e) {
            return failed(e.getCause() != null ? e.getCause() : e);
        } catch (LinkageError | ClassNotFoundException | RuntimeException e) {
            return failed(e);
        }
    }

    private Availability failed(Throwable t) {
        String reason = name + " not loaded: " + t.getClass().getSimpleName() + ": " + t.getMessage()
                + " (scripts/setup.sh installs the Debian package; the build compiles the JNI library)";
        LOG.warning(reason);
        return Availability.no(reason);
    }
}
