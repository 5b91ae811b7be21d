package org.callsheet.logic.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.routing.GreatCircle;
import org.callsheet.logic.routing.RouteSolver;
import org.junit.jupiter.api.Test;

class DayRouterTest {
    private static final double[] OFFICE = {31.0, 121.0};
    private final TravelSettings settings = TravelSettings.cityDefaults();
    private final DayRouter router = new DayRouter(new RouteSolver(), new DayTimer(settings));

    private static DayStop at(long id, double lat, double lon) {
        return DayStop.at(id, lat, lon, Duration.ofMinutes(30));
    }

    @Test
    void withoutAppointmentsTheStopsAreVisitedAlongTheShortestLoop() {
        // a line going east: the shortest loop visits them in order out (or back)
        List<DayStop> stops = List.of(at(3, 31.0, 121.3), at(1, 31.0, 121.1), at(4, 31.0, 121.4), at(2, 31.0, 121.2));
        List<DayStop> loop = router.route(OFFICE, false, LocalTime.of(9, 0), stops);
        double km = new DayTimer(settings).time(OFFICE, Optional.of(OFFICE), LocalTime.of(9, 0), loop).totalKm();
        double outAndBack = 2 * settings.roadKm(GreatCircle.km(31.0, 121.0, 31.0, 121.4));
        assertThat(km).isCloseTo(outAndBack, within(0.05));
        List<Long> open = router.route(OFFICE, true, LocalTime.of(9, 0), stops).stream().map(DayStop::id).toList();
        assertThat(open).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void appointmentsKeepTheirTimeOrderAndAreNotMadeLate() {
        DayStop early = at(4, 31.0, 121.04).withAppointment(LocalTime.of(10, 30));
        DayStop late = at(1, 31.0, 121.01).withAppointment(LocalTime.of(15, 0));
        List<DayStop> stops = List.of(late, at(2, 31.0, 121.02), early, at(3, 31.0, 121.03), at(5, 31.0, 121.045));
        List<DayStop> order = router.route(OFFICE, false, LocalTime.of(9, 0), stops);
        List<Long> ids = order.stream().map(DayStop::id).toList();
        assertThat(ids).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(ids.indexOf(4L)).isLessThan(ids.indexOf(1L));
        DaySchedule day = new DayTimer(settings).time(OFFICE, Optional.of(OFFICE), LocalTime.of(9, 0), order);
        assertThat(day.stops()).allMatch(t -> t.lateForAppointment().isZero());
    }
}
