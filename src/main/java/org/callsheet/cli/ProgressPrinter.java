package org.callsheet.cli;

import org.callsheet.logic.demo.DemoProgress;

/** Progress lines on stderr, one per tenth of the work, so a million customers print ten lines. */
final class ProgressPrinter implements DemoProgress {
    private final CliContext context;
    private final String key;
    private long lastTenth = -1;
    private long written;

    ProgressPrinter(CliContext context, String key) {
        this.context = context;
        this.key = key;
    }

    @Override
    public void update(long done, long total) {
        written = done;
        long tenth = total == 0 ? 10 : done * 10 / total;
        if (done > 0 && tenth != lastTenth) {
            lastTenth = tenth;
            context.err().println(context.messages().get(key, done, total, done * 100 / total));
            context.err().flush();
        }
    }

    long written() {
        return written;
    }
}
