package org.callsheet.logic.visits;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A stop of a timed day: the road km and driving time of the leg to it, arrival, the start of the
 * visit (later than arrival when waiting for an appointment or after lunch), departure, and how
 * late it is for its appointment (zero when on time or without one).
 */
public record TimedStop(DayStop stop, double legKm, Duration travel, LocalTime arrival, LocalTime visitStart,
                        LocalTime departure, Duration lateForAppointment, boolean pastDayEnd) {
}
