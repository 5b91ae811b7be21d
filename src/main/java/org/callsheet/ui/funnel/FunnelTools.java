package org.callsheet.ui.funnel;

import java.util.Objects;
import org.callsheet.logic.funnel.FunnelService;
import org.callsheet.logic.funnel.LostReasonList;
import org.callsheet.logic.funnel.OpportunityService;

/** What the Funnel screen, the opportunity dialog and the customer's Opportunities tab need from the logic. */
public record FunnelTools(OpportunityService opportunities, FunnelService funnel, LostReasonList lostReasons) {
    public FunnelTools {
        Objects.requireNonNull(opportunities, "opportunities");
        Objects.requireNonNull(funnel, "funnel");
        Objects.requireNonNull(lostReasons, "lostReasons");
    }
}
