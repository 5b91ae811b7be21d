package org.callsheet.logic.visits;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.callsheet.logic.reminders.ChurnWarnings;
import org.callsheet.logic.reminders.CustomerBrief;
import org.callsheet.logic.reminders.CustomerFacts;
import org.callsheet.logic.reminders.FollowUpRepository;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReason;

/**
 * The candidates for a day's visits, each customer once under its first reason: visit follow-ups
 * due by that day, calls that noted a visit opportunity (with a visit date up to that day, or
 * none), key customers due a regular visit, key customers with a churn warning, and customers the
 * rep added to the day by hand. Ordered by the largest need and clearest intent first: interest
 * level, then potential big customers, then tier, then the reason. Customers marked "no need"
 * never appear, nor does a customer already planned on that day (except the ones added by hand).
 */
public final class VisitCandidates {
    private final FollowUpRepository followUps;
    private final VisitFacts facts;
    private final CustomerFacts customers;
    private final VisitRepository visits;
    private final ChurnWarnings churnWarnings;
    private final Supplier<Set<Long>> potentialBig;
    private final Supplier<VisitRules> rules;
    private final ZoneId zone;

    public VisitCandidates(FollowUpRepository followUps, VisitFacts facts, CustomerFacts customers,
                           VisitRepository visits, ChurnWarnings churnWarnings, Supplier<Set<Long>> potentialBig,
                           Supplier<VisitRules> rules, ZoneId zone) {
        this.followUps = followUps;
        this.facts = facts;
        this.customers = customers;
        this.visits = visits;
        this.churnWarnings = churnWarnings;
        this.potentialBig = potentialBig;
        this.rules = rules;
        this.zone = zone;
    }

    public List<VisitCandidate> forDay(LocalDate day) {
        Map<Long, CustomerBrief> briefs = customers.customers();
        Map<Long, Integer> interest = facts.interestLevels();
        Set<Long> big = potentialBig.get();
        Map<Long, VisitCandidate> found = new LinkedHashMap<>();
        List<Visit> planned = visits.onDay(day);
        Set<Long> plannedIds = new java.util.HashSet<>();
        for (Visit visit : planned) {
            plannedIds.add(visit.customerId());
            if (visit.reason() == VisitReason.ADDED_BY_HAND) {
                add(found, briefs, interest, big, visit.customerId(), VisitReason.ADDED_BY_HAND, Optional.of(day),
                        visit.purpose(), Set.of());
            }
        }
        java.time.Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        for (FollowUp f : followUps.openDueBefore(end)) {
            if (f.kind() == FollowUpKind.VISIT && f.effectiveAt().isBefore(end)) {
                add(found, briefs, interest, big, f.customerId(), VisitReason.FOLLOW_UP_DUE,
                        Optional.of(f.effectiveAt().atZone(zone).toLocalDate()), f.note(), plannedIds);
            }
        }
        for (VisitOpportunity o : facts.openOpportunities()) {
            if (o.proposedDate().map(d -> !d.isAfter(day)).orElse(true)) {
                add(found, briefs, interest, big, o.customerId(), VisitReason.CALL_OPPORTUNITY, o.proposedDate(),
                        o.needs(), plannedIds);
            }
        }
        Map<Long, LocalDate> lastVisits = facts.lastMetVisits();
        VisitRules current = rules.get();
        for (CustomerBrief c : briefs.values()) {
            OptionalInt interval = current.interval(c.status());
            LocalDate last = lastVisits.get(c.id());
            if (interval.isPresent() && (last == null || !last.plusDays(interval.getAsInt()).isAfter(day))) {
                add(found, briefs, interest, big, c.id(), VisitReason.KEY_CUSTOMER_DUE,
                        Optional.ofNullable(last).map(l -> l.plusDays(interval.getAsInt())), "", plannedIds);
            }
        }
        for (long id : churnWarnings.customerIds()) {
            CustomerBrief c = briefs.get(id);
            if (c != null && c.status().isKey()) {
                add(found, briefs, interest, big, id, VisitReason.CHURN_WARNING, Optional.empty(), "", plannedIds);
            }
        }
        List<VisitCandidate> list = new ArrayList<>(found.values());
        list.sort(ORDER);
        return list;
    }

    /** Largest need and clearest intent first. */
    public static final Comparator<VisitCandidate> ORDER = Comparator
            .comparing(VisitCandidate::interestLevel, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(VisitCandidate::potentialBig, Comparator.reverseOrder())
            .thenComparing(VisitCandidate::tier)
            .thenComparing(VisitCandidate::reason)
            .thenComparingLong(VisitCandidate::customerId);

    private static void add(Map<Long, VisitCandidate> found, Map<Long, CustomerBrief> briefs,
                            Map<Long, Integer> interest, Set<Long> big, long customerId, VisitReason reason,
                            Optional<LocalDate> wantedOn, String detail, Set<Long> skip) {
        CustomerBrief c = briefs.get(customerId);
        if (c == null || !c.callable() || found.containsKey(customerId) || skip.contains(customerId)) {
            return;
        }
        found.put(customerId, new VisitCandidate(customerId, c.name(), c.status(), reason, wantedOn,
                interest.get(customerId), big.contains(customerId), detail == null ? "" : detail));
    }
}
