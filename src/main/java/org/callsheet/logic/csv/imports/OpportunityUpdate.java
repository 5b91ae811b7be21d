package org.callsheet.logic.csv.imports;

import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;

/** A stored opportunity an import changes: its new values (with id) and the history entry of the change. */
public record OpportunityUpdate(Opportunity opportunity, ChangeKind kind, OpportunityChange history) {
}
