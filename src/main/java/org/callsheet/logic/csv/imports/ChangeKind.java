package org.callsheet.logic.csv.imports;

/** What an import did to one stored record; undo reverses it. */
public enum ChangeKind {
    INSERTED, UPDATED, MERGED;

    static ChangeKind of(DuplicatePolicy policy) {
        return policy == DuplicatePolicy.UPDATE ? UPDATED : MERGED;
    }
}
