package org.callsheet.model;

/**
 * Who changed a customer's field: a rep saving the editor (by name), or an import (its batch and
 * the name of the file it read). Exactly one of {@code repName} and {@code importBatchId} is set.
 */
public record ChangeSource(String repName, Long importBatchId, String importFile) {
    public ChangeSource {
        if ((repName == null) == (importBatchId == null)) {
            throw new IllegalArgumentException("a change comes from a rep or from an import");
        }
        importFile = importFile == null ? "" : importFile;
    }

    public static ChangeSource rep(String name) {
        return new ChangeSource(name == null ? "" : name, null, null);
    }

    public static ChangeSource importBatch(long batchId, String fileName) {
        return new ChangeSource(null, batchId, fileName);
    }

    public boolean isImport() {
        return importBatchId != null;
    }
}
