package org.callsheet.cli;

import java.util.function.Consumer;
import org.callsheet.logic.csv.imports.ImportProgress;
import org.callsheet.logic.csv.imports.ImportTexts;

/** Prints an import's progress (rows, rows/s) on stderr at most once a second, and the last state at the end. */
final class ImportProgressPrinter implements Consumer<ImportProgress> {
    private static final long EVERY_NANOS = 1_000_000_000L;

    private final CliContext context;
    private final ImportTexts texts;
    private long lastPrinted = System.nanoTime();
    private ImportProgress pending;

    ImportProgressPrinter(CliContext context, ImportTexts texts) {
        this.context = context;
        this.texts = texts;
    }

    @Override
    public void accept(ImportProgress progress) {
        boolean newPhase = pending != null && pending.phase() != progress.phase();
        if (newPhase) {
            print(pending);
        }
        pending = progress;
        long now = System.nanoTime();
        if (now - lastPrinted >= EVERY_NANOS) {
            print(progress);
        }
    }

    void finish() {
        if (pending != null) {
            print(pending);
        }
    }

    private void print(ImportProgress progress) {
        lastPrinted = System.nanoTime();
        context.err().println(texts.progress(progress));
        context.err().flush();
        if (progress == pending) {
            pending = null;
        }
    }
}
