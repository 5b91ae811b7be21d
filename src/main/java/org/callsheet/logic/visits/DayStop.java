package org.callsheet.logic.visits;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A stop to time: an id the caller chooses (customer id), its point, how long the visit takes,
 * and an appointment time when the visit is fixed.
 */
public record DayStop(long id, double latitude, double longitude, Duration visit, Optional<LocalTime> appointment) {
    public static DayStop at(long id, double latitude, double longitude, Duration visit) {
        return new DayStop(id, latitude, longitude, visit, Optional.empty());
    }

    public DayStop withAppointment(LocalTime time) {
        return new DayStop(id, latitude, longitude, visit, Optional.of(time));
    }

    public DayStop withVisit(Duration minutes) {
        return new DayStop(id, latitude, longitude, minutes, appointment);
    }
}
