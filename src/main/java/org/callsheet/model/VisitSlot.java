package org.callsheet.model;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Where a visit sits in a day's plan: the date, its number in the route (null while unrouted),
 * the planned arrival, whether that arrival is a fixed appointment, its own length in minutes
 * (null: the tier's default) and whether re-routing must keep its place.
 */
public record VisitSlot(LocalDate date, Integer sequence, LocalTime plannedArrival, boolean appointment,
                        Integer visitMinutes, boolean pinned) {
    public VisitSlot {
        if (date == null) {
            throw new IllegalArgumentException("a visit needs a date");
        }
        if (appointment && plannedArrival == null) {
            throw new IllegalArgumentException("an appointment needs its time");
        }
    }

    public static VisitSlot on(LocalDate date) {
        return new VisitSlot(date, null, null, false, null, false);
    }

    public VisitSlot at(int newSequence, LocalTime arrival) {
        return new VisitSlot(date, newSequence, arrival, appointment, visitMinutes, pinned);
    }

    public VisitSlot appointmentAt(LocalTime time) {
        return new VisitSlot(date, sequence, time, true, visitMinutes, pinned);
    }

    /** The same slot on another day, unrouted (an appointment keeps its time). */
    public VisitSlot movedTo(LocalDate day) {
        return new VisitSlot(day, null, appointment ? plannedArrival : null, appointment, visitMinutes, pinned);
    }
}
