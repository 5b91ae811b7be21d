package org.callsheet.logic.sheets.profile;

import java.util.List;
import org.callsheet.model.Opportunity;
import org.callsheet.model.Visit;

/**
 * The customer's visits and open opportunities as a sheet shows them.
 *
 * @param visits            the latest visits, newest day first (at most {@link #VISITS_SHOWN})
 * @param visitCount        how many visits the customer has in all, planned ones included
 * @param openOpportunities the open opportunities, soonest expected close first
 */
public record ProfileDealings(List<Visit> visits, int visitCount, List<Opportunity> openOpportunities) {
    /** The latest visits a sheet lists. */
    public static final int VISITS_SHOWN = 5;
    public static final ProfileDealings NONE = new ProfileDealings(List.of(), 0, List.of());

    public ProfileDealings {
        visits = List.copyOf(visits);
        openOpportunities = List.copyOf(openOpportunities);
    }
}
