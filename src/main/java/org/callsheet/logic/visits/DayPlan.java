package org.callsheet.logic.visits;

import java.time.LocalDate;
import java.util.List;

/**
 * A day's plan: the located candidates in route order with their timing ({@code schedule.stops()}
 * is parallel to {@code routed}), and the candidates without any location, never dropped: listed
 * apart so the rep can give them a place.
 */
public record DayPlan(LocalDate day, List<PlannedVisit> routed, DaySchedule schedule, List<PlannedVisit> unlocated) {
    public DayPlan {
        routed = List.copyOf(routed);
        unlocated = List.copyOf(unlocated);
    }
}
