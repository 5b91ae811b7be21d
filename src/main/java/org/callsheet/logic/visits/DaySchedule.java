package org.callsheet.logic.visits;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A timed day: the stops in order, when lunch is taken, the leg back (or to the end point), and the
 * totals. {@code overrun} lists the stops whose visit ends after the working day: the ones to move.
 */
public record DaySchedule(List<TimedStop> stops, Optional<LocalTime> lunchAt, double returnKm, Duration returnTravel,
                          double totalKm, Duration totalTravel, Duration totalVisit, LocalTime finish,
                          List<DayStop> overrun) {
    public DaySchedule {
        stops = List.copyOf(stops);
        overrun = List.copyOf(overrun);
    }

    public boolean runsPastDayEnd() {
        return !overrun.isEmpty();
    }
}
