package org.callsheet.logic.funnel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Which opportunities the funnel counts: created on or after {@code from} and on or before
 * {@code to} (dates in the rep's time zone; null for no bound), and owned by {@code owner}
 * (null or blank for everyone).
 */
public record FunnelFilter(LocalDate from, LocalDate to, String owner) {

    public FunnelFilter {
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
    }

    public static FunnelFilter everything() {
        return new FunnelFilter(null, null, null);
    }

    public boolean matches(FunnelEntry entry, ZoneId zone) {
        if (owner != null && !owner.equals(entry.owner())) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        LocalDate created = entry.createdAt().atZone(zone).toLocalDate();
        return (from == null || !created.isBefore(from)) && (to == null || !created.isAfter(to));
    }

    /**
     * The period of the same length just before this one, for the comparison; empty without both bounds.
     */
    public java.util.Optional<FunnelFilter> previousPeriod() {
        if (from == null || to == null) {
            return java.util.Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return java.util.Optional.of(new FunnelFilter(from.minusDays(days), from.minusDays(1), owner));
    }
}
