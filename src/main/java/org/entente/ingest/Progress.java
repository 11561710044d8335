package org.entente.ingest;

import java.time.temporal.ChronoUnit;

import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long import on the terminal (rows, rows/s, ETA), or nothing when no one is watching (the server, tests).
 */
public interface Progress extends AutoCloseable {

    /** The row just read (its line number: rows may be skipped or fail). */
    void step(long line);

    @Override
    void close();

    Progress NONE = new Progress() {
        @Override
        public void step(long line) {
        }

        @Override
        public void close() {
        }
    };

    /** A bar on standard error; {@code expected} rows, or -1 when unknown. */
    static Progress terminal(String task, long expected) {
        var bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(expected).setUnit(" rows", 1)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(1000).build();
        return new Progress() {
            @Override
            public void step(long line) {
                bar.stepTo(Math.max(bar.getCurrent(), line));
                if (bar.getMax() > 0 && line > bar.getMax()) {
                    bar.maxHint(line + line / 10);
                }
            }

            @Override
            public void close() {
                if (bar.getMax() > 0) {
                    bar.maxHint(bar.getCurrent());
                }
                bar.close();
            }
        };
    }
}
