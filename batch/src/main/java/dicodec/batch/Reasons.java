package dicodec.batch;

import dicodec.core.error.DicodecException;

/** Failures as the one line a report cell holds. */
public final class Reasons {
    private Reasons() {
    }

    public static String oneLine(Throwable t) {
        String text;
        if (t instanceof DicodecException) {
            text = t.getMessage();
        } else if (t instanceof java.nio.file.NoSuchFileException) {
            text = t.getMessage() + ": no such file";
        } else if (t instanceof java.nio.file.AccessDeniedException) {
            text = t.getMessage() + ": permission denied";
        } else {
            String msg = t.getMessage();
            text = t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
            if (t.getCause() != null && t.getCause() != t) {
                text += " (" + oneLine(t.getCause()) + ")";
            }
        }
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
