package org.callsheet.logic.csv.imports;

import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.settings.Settings;

/**
 * After an import of calls, tells the app's settings that the rep's own outcomes may have grown
 * (the import writes them inside its own transaction), so the call dialog and lists read them again.
 */
public final class SettingsAfterImport implements ImportListener {
    private final Settings settings;

    public SettingsAfterImport(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void afterImport(ImportResult result) {
        if (result.entityId().equals(StandardEntities.CALLS_ID)) {
            settings.changedElsewhere();
        }
    }

    @Override
    public void afterUndo(UndoResult result) {
        // Undo keeps the outcomes an import added: own outcomes are hidden, never removed.
    }
}
