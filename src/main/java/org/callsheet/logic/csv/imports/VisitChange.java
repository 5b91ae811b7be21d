package org.callsheet.logic.csv.imports;

import org.callsheet.model.Visit;

/** A stored visit an import changes: its new values, with id. */
public record VisitChange(Visit visit, ChangeKind kind) {
}
