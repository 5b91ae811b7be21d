package org.callsheet.logic.csv.imports;

import java.util.List;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;

/** An opportunity an import adds, with the history built from its stage dates (opportunity ids left 0). */
public record NewOpportunity(Opportunity opportunity, List<OpportunityChange> history) {
    public NewOpportunity {
        history = List.copyOf(history);
    }
}
