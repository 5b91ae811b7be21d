package org.callsheet.logic.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.callsheet.model.CallOutcome;

/**
 * What a call search keeps: calls started in [{@code from}, {@code to}) (either end open when null),
 * of one customer, with one of the outcomes (all when empty), by one caller (any when blank).
 */
public record CallFilter(Instant from, Instant to, Long customerId, Set<CallOutcome> outcomes, String caller) {
    public static final CallFilter ALL = new CallFilter(null, null, null, Set.of(), "");

    public CallFilter {
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
        caller = caller == null ? "" : caller.strip();
    }

    /** Calls on the days {@code first} to {@code last} (both included) in the given zone. */
    public static CallFilter days(LocalDate first, LocalDate last, ZoneId zone) {
        return ALL.between(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public CallFilter between(Instant newFrom, Instant newTo) {
        return new CallFilter(newFrom, newTo, customerId, outcomes, caller);
    }

    public CallFilter ofCustomer(Long id) {
        return new CallFilter(from, to, id, outcomes, caller);
    }

    public CallFilter withOutcomes(Set<CallOutcome> newOutcomes) {
        return new CallFilter(from, to, customerId, newOutcomes, caller);
    }

    public CallFilter byCaller(String newCaller) {
        return new CallFilter(from, to, customerId, outcomes, newCaller);
    }
}
