package dicodec.server.cli.batch;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar on stderr (me.tongfei:progressbar: files done of all, rate, ETA), or nothing
 * when stdout is not a terminal (tests, CI, output piped to a file), where a bar only spoils the
 * log.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(long total, boolean wanted) {
        if (!wanted || System.console() == null) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("batch").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed().setUpdateIntervalMillis(250)
                .build();
        return new Progress(bar);
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
