package org.callsheet.logic.sheets.profile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.logic.funnel.OpportunityRepository;
import org.callsheet.logic.funnel.OpportunityRow;
import org.callsheet.logic.visits.VisitRepository;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Visit;

/** Reads a customer's latest visits and open opportunities from their stores. */
public final class StoredDealings implements LongFunction<ProfileDealings> {
    /** Open opportunities without an expected close come after the dated ones. */
    private static final Comparator<Opportunity> SOONEST_CLOSE = Comparator.comparing(
            (Opportunity o) -> o.terms().expectedClose(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

    private final VisitRepository visits;
    private final OpportunityRepository opportunities;

    public StoredDealings(VisitRepository visits, OpportunityRepository opportunities) {
        this.visits = visits;
        this.opportunities = opportunities;
    }

    @Override
    public ProfileDealings apply(long customerId) {
        List<Visit> all = visits.ofCustomer(customerId);
        OpportunityFilter open = new OpportunityFilter(customerId, null, OpportunityStatus.OPEN, null, null, null, null);
        List<Opportunity> deals = opportunities.search(open).stream().map(OpportunityRow::opportunity)
                .sorted(SOONEST_CLOSE).toList();
        return new ProfileDealings(all.subList(0, Math.min(ProfileDealings.VISITS_SHOWN, all.size())), all.size(),
                deals);
    }
}
