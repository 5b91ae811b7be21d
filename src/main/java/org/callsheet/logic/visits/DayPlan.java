package org.callsheet.logic.visits;

import java.time.LocalDate;
import java.util.List;

/**
 * A day's plan: the located visits in route order with their timing ({@code schedule.stops()} is
 * parallel to {@code routed}), and the ones without any location, never dropped: listed apart so
 * the rep can give them a place. Each with the area it counts in.
 */
public record DayPlan(LocalDate day, List<PlacedCandidate> routed, DaySchedule schedule,
                      List<PlacedCandidate> unlocated) {
    public DayPlan {
        routed = List.copyOf(routed);
        unlocated = List.copyOf(unlocated);
    }
}
