package org.callsheet.logic.csv.imports;

import org.callsheet.model.Call;

/** A stored call an import changes: its new values, with id. */
public record CallChange(Call call, ChangeKind kind) {
}
