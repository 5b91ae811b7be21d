package org.callsheet.logic.sheets.brief;

import java.time.LocalDate;
import java.util.Objects;
import org.callsheet.logic.funnel.FunnelFilter;

/**
 * Which sales brief: the days {@code from} to {@code to} (both included) and the owner it is for
 * (null or blank: everyone).
 */
public record BriefRequest(LocalDate from, LocalDate to, String owner) {
    public BriefRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
        }
        owner = owner == null || owner.isBlank() ? null : owner.strip();
    }

    /** The month of {@code today} up to that day: the brief's default period. */
    public static BriefRequest monthToDate(LocalDate today, String owner) {
        return new BriefRequest(today.withDayOfMonth(1), today, owner);
    }

    public FunnelFilter funnelFilter() {
        return new FunnelFilter(from, to, owner);
    }

    /** Whether {@code someone} is within the brief: always for everyone, else when it is the owner. */
    public boolean covers(String someone) {
        return owner == null || owner.equals(someone == null ? null : someone.strip());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
