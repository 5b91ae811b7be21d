package org.callsheet.logic.sheets.brief;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.callsheet.logic.calls.CallFilter;
import org.callsheet.logic.calls.CallRepository;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.funnel.FunnelService;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.logic.funnel.OpportunityRepository;
import org.callsheet.logic.funnel.OpportunityRow;
import org.callsheet.logic.reminders.FollowUpRepository;
import org.callsheet.logic.visits.VisitRepository;
import org.callsheet.model.Call;
import org.callsheet.model.Customer;
import org.callsheet.model.FollowUp;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitOutcome;

/**
 * Reads a sales brief's facts from the stored data. The owner filter picks the opportunities of
 * that owner, the calls that rep made, and the visits and follow-ups of the customers that rep owns.
 */
public final class StoredBriefSources implements BriefSources {
    /** How many open opportunities and overdue follow-ups the brief lists. */
    static final int TOP_OPEN = 10;
    static final int OVERDUE_SHOWN = 15;

    private final FunnelService funnel;
    private final OpportunityRepository opportunities;
    private final CallRepository calls;
    private final VisitRepository visits;
    private final FollowUpRepository followUps;
    private final CustomerRepository customers;
    private final Supplier<FunnelSettings> settings;
    private final Clock clock;

    public StoredBriefSources(FunnelService funnel, OpportunityRepository opportunities, CallRepository calls,
                              VisitRepository visits, FollowUpRepository followUps, CustomerRepository customers,
                              Supplier<FunnelSettings> settings, Clock clock) {
        this.funnel = funnel;
        this.opportunities = opportunities;
        this.calls = calls;
        this.visits = visits;
        this.followUps = followUps;
        this.customers = customers;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public BriefFacts read(BriefRequest request) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Map<Long, Optional<Customer>> customerCache = new HashMap<>();
        List<Opportunity> won = opportunities.search(new OpportunityFilter(null, null, OpportunityStatus.WON,
                        request.owner(), null, null, null)).stream().map(OpportunityRow::opportunity)
                .filter(o -> o.state().closedAt() != null
                        && request.contains(o.state().closedAt().atZone(zone).toLocalDate()))
                .toList();
        BigDecimal wonAmount = won.stream().map(o -> o.terms().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<FollowUp> overdue = followUps.openDueBefore(now).stream()
                .filter(f -> request.owner() == null || customer(customerCache, f.customerId())
                        .map(c -> request.covers(c.ownerRep())).orElse(false))
                .sorted(Comparator.comparing(FollowUp::effectiveAt))
                .toList();
        return new BriefFacts(request, LocalDate.now(clock), funnel.figures(request.funnelFilter()),
                activity(request, zone, customerCache), won.size(), wonAmount, topOpen(request, now),
                overdue.stream().limit(OVERDUE_SHOWN).map(f -> new BriefFacts.OverdueFollowUp(
                        customer(customerCache, f.customerId()).map(Customer::name).orElse(""), f.kind(),
                        f.effectiveAt(), f.note())).toList(),
                overdue.size());
    }

    private BriefFacts.Activity activity(BriefRequest request, ZoneId zone, Map<Long, Optional<Customer>> cache) {
        List<Call> made = calls.search(CallFilter.days(request.from(), request.to(), zone)
                .byCaller(request.owner() == null ? "" : request.owner()));
        int connected = (int) made.stream().filter(Call::connected).count();
        int planned = 0;
        int done = 0;
        for (Visit visit : visits.between(request.from(), request.to())) {
            if (request.owner() != null && !customer(cache, visit.customerId())
                    .map(c -> request.covers(c.ownerRep())).orElse(false)) {
                continue;
            }
            planned++;
            if (visit.report().map(r -> r.outcome() != VisitOutcome.CANCELLED).orElse(false)) {
                done++;
            }
        }
        return new BriefFacts.Activity(made.size(), connected, planned, done);
    }

    /** The largest open opportunities now (whatever their created date), largest first. */
    private List<BriefFacts.OpenOpportunity> topOpen(BriefRequest request, Instant now) {
        FunnelSettings funnelSettings = settings.get();
        return opportunities.search(new OpportunityFilter(null, null, OpportunityStatus.OPEN, request.owner(), null,
                        null, null)).stream()
                .sorted(Comparator.comparing((OpportunityRow r) -> r.opportunity().terms().amount()).reversed()
                        .thenComparing(r -> r.opportunity().terms().expectedClose(),
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(TOP_OPEN)
                .map(row -> {
                    Opportunity o = row.opportunity();
                    long days = java.time.Duration.between(o.state().stageSince(), now).toDays();
                    return new BriefFacts.OpenOpportunity(row.customerName(), o.terms().title(), o.terms().owner(),
                            o.stage(), o.terms().amount(), o.state().probability(), o.terms().expectedClose(), days,
                            funnelSettings.stale(o.stage(), days));
                })
                .toList();
    }

    private Optional<Customer> customer(Map<Long, Optional<Customer>> cache, long id) {
        return cache.computeIfAbsent(id, customers::findById);
    }
}
