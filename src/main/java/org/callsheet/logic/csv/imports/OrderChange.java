package org.callsheet.logic.csv.imports;

import org.callsheet.model.Order;

/** A stored order an import changes: its new values, with id. */
public record OrderChange(Order order, ChangeKind kind) {
}
