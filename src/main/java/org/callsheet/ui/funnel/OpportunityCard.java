package org.callsheet.ui.funnel;

import java.math.BigDecimal;
import org.callsheet.logic.funnel.OpportunityRow;
import org.callsheet.model.Opportunity;
import org.callsheet.model.Stage;

/** An opportunity as a card or a list row shows it: with its customer, days in its stage and whether it is stale. */
public record OpportunityCard(OpportunityRow row, long daysInStage, boolean stale) {

    public Opportunity opportunity() {
        return row.opportunity();
    }

    public long id() {
        return row.opportunity().id();
    }

    public String title() {
        return row.opportunity().terms().title();
    }

    public String customer() {
        return row.customerName();
    }

    public BigDecimal amount() {
        return row.opportunity().terms().amount();
    }

    public Stage stage() {
        return row.opportunity().stage();
    }
}
