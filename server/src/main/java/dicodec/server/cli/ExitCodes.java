package dicodec.server.cli;

import dicodec.core.error.DicodecException;

/** The CLI exit codes of the design, and the one place that maps failures onto them. */
final class ExitCodes {
    static final int DONE = 0;
    static final int INTERNAL = 1;
    static final int BAD_INPUT = 2;
    static final int REFUSED = 3;
    static final int UNSUPPORTED = 4;

    private ExitCodes() {
    }

    static int of(Throwable t) {
        if (t instanceof DicodecException d) {
            return d.kind().exitCode();
        }
        if (t instanceof java.nio.file.NoSuchFileException || t instanceof java.io.FileNotFoundException) {
            return BAD_INPUT;
        }
        return INTERNAL;
    }
}
