package org.callsheet.cli;

import java.util.Locale;
import org.callsheet.logic.classification.ClassificationProgress;

/** One line on stderr as each phase of a classification finishes. */
final class ClassifyProgressPrinter implements ClassificationProgress {
    private final CliContext context;

    ClassifyProgressPrinter(CliContext context) {
        this.context = context;
    }

    @Override
    public void update(Phase phase, long done, long total) {
        if (done == total) {
            context.err().println(context.messages().get("classify.phase." + phase.name().toLowerCase(Locale.ROOT),
                    done));
            context.err().flush();
        }
    }
}
