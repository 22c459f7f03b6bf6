package dicodec.server.cli;

import dicodec.batch.BatchRun;
import dicodec.batch.FileOutcome;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar on stderr (me.tongfei:progressbar: files done of all, rate, ETA), or nothing
 * when stdout is not a terminal (tests, CI, output piped to a file), where a bar only spoils the
 * log.
 */
final class BatchProgressBar implements BatchRun.Listener {
    private final boolean wanted;
    private ProgressBar bar;

    BatchProgressBar(boolean wanted) {
        this.wanted = wanted;
    }

    @Override
    public void started(long total) {
        if (!wanted || System.console() == null) {
            return;
        }
        bar = new ProgressBarBuilder().setTaskName("batch").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed().setUpdateIntervalMillis(250)
                .build();
    }

    @Override
    public void finished(FileOutcome outcome) {
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
