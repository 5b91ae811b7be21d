package org.callsheet.logic.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Candidates spread over working days (each day's stops not yet routed) and those that did not fit. */
public record WeekPlan(Map<LocalDate, List<WeekCandidate>> days, List<WeekCandidate> leftOver) {
    public WeekPlan {
        days = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(days));
        leftOver = List.copyOf(leftOver);
    }
}
