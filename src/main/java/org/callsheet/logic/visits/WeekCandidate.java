package org.callsheet.logic.visits;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A stop to place in a week: its district (code or name: stops with the same one are neighbours),
 * how valuable the visit is (larger first), and the day of its appointment, if any.
 */
public record WeekCandidate(DayStop stop, String district, double value, Optional<LocalDate> appointmentDay) {
}
