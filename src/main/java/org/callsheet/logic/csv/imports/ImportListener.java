package org.callsheet.logic.csv.imports;

/**
 * Told after an import or an undo has been committed, so that the app can refresh what it derives
 * from the stored data (search index, classification). Never told about dry runs, cancelled or
 * refused imports.
 */
public interface ImportListener {

    /** Told when a real import (not a dry run) is about to write, after its file was found sound. */
    default void beforeImport(ImportRequest request) {
    }

    void afterImport(ImportResult result);

    void afterUndo(UndoResult result);
}
