package org.callsheet.logic.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.callsheet.logic.calls.CallRepository;
import org.callsheet.logic.calls.ContactHistory;
import org.callsheet.model.Call;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;

/**
 * Today's call list: overdue follow-ups, follow-ups due today, customers due for their regular
 * callback, churn warnings and prospects with stated needs — in that order, each customer once
 * under its first reason. Customers marked "no need" are never listed. A customer already called
 * today is skipped, except for a follow-up planned after that call (e.g. the retry of an
 * unanswered call); snoozed follow-ups wait until their snooze ends.
 */
public final class CallList {
    private final FollowUpService followUps;
    private final CallRepository calls;
    private final CustomerFacts facts;
    private final Supplier<ReminderRules> rules;
    private final ChurnWarnings churnWarnings;
    private final Clock clock;

    public CallList(FollowUpService followUps, CallRepository calls, CustomerFacts facts, ReminderRules rules,
                    Clock clock) {
        this(followUps, calls, facts, () -> rules, ChurnWarnings.NONE, clock);
    }

    /**
     * With rules read afresh for each list, and the churn warnings of the stored classification.
     */
    public CallList(FollowUpService followUps, CallRepository calls, CustomerFacts facts,
                    Supplier<ReminderRules> rules, ChurnWarnings churnWarnings, Clock clock) {
        this.followUps = followUps;
        this.calls = calls;
        this.facts = facts;
        this.rules = rules;
        this.churnWarnings = churnWarnings;
        this.clock = clock;
    }

    /** Today's list, churn warnings taken from the stored classification. */
    public List<CallListEntry> today() {
        Set<Long> flagged = churnWarnings.customerIds();
        return today(flagged::contains);
    }

    /**
     * @param churnWarning tells which customers carry a churn warning (computed elsewhere)
     */
    public List<CallListEntry> today(LongPredicate churnWarning) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Instant startOfToday = today.atStartOfDay(zone).toInstant();
        Map<Long, CustomerBrief> customers = facts.customers();
        Map<Long, ContactHistory> histories = calls.histories();
        Map<Long, Call> needs = calls.latestCallsWithNeeds();
        Builder list = new Builder(customers, histories, needs, today, zone);

        for (DueFollowUp due : followUps.dueOn(today)) {
            FollowUp f = due.followUp();
            ContactHistory h = histories.get(f.customerId());
            boolean handledSince = h != null && h.lastAttempt() != null
                    && !h.lastAttempt().isBefore(startOfToday) && !h.lastAttempt().isBefore(f.createdAt());
            boolean snoozed = f.snoozedUntil() != null && f.snoozedUntil().isAfter(now);
            if (f.kind() == FollowUpKind.CALL && !handledSince && !snoozed) {
                list.add(f.customerId(), due.overdue() ? CallListReason.OVERDUE_FOLLOW_UP
                        : CallListReason.FOLLOW_UP_DUE_TODAY, f);
            }
        }

        Set<Long> calledToday = new HashSet<>();
        histories.forEach((id, h) -> {
            if (h.lastAttempt() != null && !h.lastAttempt().isBefore(startOfToday)) {
                calledToday.add(id);
            }
        });

        CallbackSchedule schedule = new CallbackSchedule(rules.get(), zone);
        customers.values().stream()
                .filter(c -> !calledToday.contains(c.id()))
                .filter(c -> schedule.nextDue(c, histories.get(c.id()), today).filter(d -> !d.isAfter(today))
                        .isPresent())
                .sorted(Comparator.comparing(CustomerBrief::status)
                        .thenComparing(c -> schedule.nextDue(c, histories.get(c.id()), today).orElseThrow())
                        .thenComparingLong(CustomerBrief::id))
                .forEach(c -> list.add(c.id(), CallListReason.REGULAR_CALLBACK, null));

        customers.values().stream()
                .filter(c -> !calledToday.contains(c.id()) && churnWarning.test(c.id()))
                .sorted(Comparator.comparing(CustomerBrief::status).thenComparingLong(CustomerBrief::id))
                .forEach(c -> list.add(c.id(), CallListReason.CHURN_WARNING, null));

        customers.values().stream()
                .filter(c -> !calledToday.contains(c.id()) && c.status() == CustomerStatus.PROSPECT
                        && needs.containsKey(c.id()))
                .sorted(Comparator.<CustomerBrief>comparingInt(c -> interest(needs.get(c.id()))).reversed()
                        .thenComparing(c -> needs.get(c.id()).startedAt(), Comparator.reverseOrder())
                        .thenComparingLong(CustomerBrief::id))
                .forEach(c -> list.add(c.id(), CallListReason.PROSPECT_WITH_NEEDS, null));

        return list.entries();
    }

    private static int interest(Call call) {
        return call.interestLevel() == null ? 0 : call.interestLevel();
    }

    /** Collects entries in insertion order, one per customer; later reasons become "also because". */
    private static final class Builder {
        private final Map<Long, CustomerBrief> customers;
        private final Map<Long, ContactHistory> histories;
        private final Map<Long, Call> needs;
        private final LocalDate today;
        private final ZoneId zone;
        private final Map<Long, CallListEntry> entries = new LinkedHashMap<>();
        private final Map<Long, Set<CallListReason>> extra = new LinkedHashMap<>();

        Builder(Map<Long, CustomerBrief> customers, Map<Long, ContactHistory> histories, Map<Long, Call> needs,
                LocalDate today, ZoneId zone) {
            this.customers = customers;
            this.histories = histories;
            this.needs = needs;
            this.today = today;
            this.zone = zone;
        }

        void add(long customerId, CallListReason reason, FollowUp followUp) {
            CustomerBrief customer = customers.get(customerId);
            if (customer == null || !customer.callable()) {
                return;
            }
            if (entries.containsKey(customerId)) {
                if (entries.get(customerId).reason() != reason) {
                    extra.computeIfAbsent(customerId, k -> EnumSet.noneOf(CallListReason.class)).add(reason);
                }
                return;
            }
            ContactHistory h = histories.get(customerId);
            OptionalLong days = h == null ? OptionalLong.empty() : h.daysSinceLastContact(today, zone);
            String stated = Optional.ofNullable(needs.get(customerId)).map(Call::needs).orElse("");
            entries.put(customerId, new CallListEntry(customer, reason, followUp == null ? null : followUp.id(),
                    followUp == null ? null : followUp.effectiveAt(), days, stated, List.of()));
        }

        List<CallListEntry> entries() {
            List<CallListEntry> out = new ArrayList<>(entries.size());
            entries.forEach((id, e) -> out.add(new CallListEntry(e.customer(), e.reason(), e.followUpId(), e.dueAt(),
                    e.daysSinceContact(), e.needs(), List.copyOf(extra.getOrDefault(id, Set.of())))));
            return out;
        }
    }
}
