package org.callsheet.logic.safety;

import org.callsheet.logic.csv.imports.ImportListener;
import org.callsheet.logic.csv.imports.ImportRequest;
import org.callsheet.logic.csv.imports.ImportResult;
import org.callsheet.logic.csv.imports.UndoResult;

/** Takes a backup before every import writes (an import can be undone, a backup also survives a bad undo). */
public final class BackupBeforeImport implements ImportListener {
    private final DatabaseSafety safety;
    private final SafetySettings settings;

    public BackupBeforeImport(DatabaseSafety safety, SafetySettings settings) {
        this.safety = safety;
        this.settings = settings;
    }

    @Override
    public void beforeImport(ImportRequest request) {
        safety.backup(BackupKind.BEFORE_IMPORT, settings.retention());
    }

    @Override
    public void afterImport(ImportResult result) {
    }

    @Override
    public void afterUndo(UndoResult result) {
    }
}
