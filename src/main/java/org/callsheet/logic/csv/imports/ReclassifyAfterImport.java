package org.callsheet.logic.csv.imports;

import org.callsheet.logic.classification.ClassificationService;


/**
 * Keeps statuses, tiers and segments current after a committed import or its undo. Runs on the
 * import's own thread, which is never the UI thread.
 */
public final class ReclassifyAfterImport implements ImportListener {
    private final ClassificationService classification;

    public ReclassifyAfterImport(ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public void afterImport(ImportResult result) {
        if (result.imported()) {
            classification.afterImport();
        }
    }

    @Override
    public void afterUndo(UndoResult result) {
        if (result.done()) {
            classification.afterImport();
        }
    }
}
