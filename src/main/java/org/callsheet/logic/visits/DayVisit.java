package org.callsheet.logic.visits;

import java.time.LocalTime;
import org.callsheet.model.VisitReason;

/**
 * A stop of a day's plan to store: the visit it already is ({@code visitId}, null for a new one),
 * the customer, why and what for, its own minutes (null: the tier's default), its appointment
 * time (null: none) and whether re-routing keeps its place.
 */
public record DayVisit(Long visitId, long customerId, VisitReason reason, String purpose, Integer minutes,
                       LocalTime appointment, boolean pinned) {
}
