package org.callsheet.logic.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.routing.GreatCircle;
import org.junit.jupiter.api.Test;

class DayTimerTest {
    // 1 degree of latitude is about 111.2 km; 0.1 degree north per stop ≈ 11.12 km
    private static final double[] OFFICE = {31.0, 121.0};
    private final TravelSettings settings = new TravelSettings(LocalTime.of(9, 0), LocalTime.of(18, 0), 30, 1.5,
            LocalTime.of(12, 0), LocalTime.of(13, 30), Duration.ofMinutes(60),
            TravelSettings.cityDefaults().visitByTier());
    private final DayTimer timer = new DayTimer(settings);

    private static DayStop north(long id, double degrees, int minutes) {
        return DayStop.at(id, 31.0 + degrees, 121.0, Duration.ofMinutes(minutes));
    }

    @Test
    void drivesVisitsAndReturnsWithRoadFactorAndSpeed() {
        DaySchedule day = timer.time(OFFICE, Optional.of(OFFICE), LocalTime.of(9, 0),
                List.of(north(1, 0.1, 30), north(2, 0.2, 45)));
        double legKm = GreatCircle.km(31.0, 121.0, 31.1, 121.0) * 1.5;
        TimedStop first = day.stops().getFirst();
        assertThat(first.legKm()).isCloseTo(legKm, within(1e-9));
        // 16.7 road km at 30 km/h = 33.4 min, rounded up
        assertThat(first.travel()).isEqualTo(Duration.ofMinutes(34));
        assertThat(first.arrival()).isEqualTo(LocalTime.of(9, 34));
        assertThat(first.departure()).isEqualTo(LocalTime.of(10, 4));
        TimedStop second = day.stops().get(1);
        assertThat(second.arrival()).isEqualTo(LocalTime.of(10, 38));
        assertThat(second.departure()).isEqualTo(LocalTime.of(11, 23));
        assertThat(day.returnTravel()).isEqualTo(Duration.ofMinutes(67));
        assertThat(day.finish()).isEqualTo(LocalTime.of(12, 30));
        assertThat(day.totalVisit()).isEqualTo(Duration.ofMinutes(75));
        assertThat(day.totalTravel()).isEqualTo(Duration.ofMinutes(34 + 34 + 67));
        assertThat(day.totalKm()).isCloseTo(legKm * 4, within(0.01));
        assertThat(day.lunchAt()).isEmpty();
        assertThat(day.runsPastDayEnd()).isFalse();
    }

    @Test
    void lunchIsTakenBeforeTheFirstLegArrivingInTheWindowAndAnAppointmentIsWaitedFor() {
        DayStop morning = north(1, 0.1, 150);
        DayStop appointment = north(2, 0.2, 30).withAppointment(LocalTime.of(14, 0));
        DaySchedule day = timer.time(OFFICE, Optional.empty(), LocalTime.of(9, 0), List.of(morning, appointment));
        // morning visit 9:34-12:04, then lunch 12:04-13:04, drive 34 min, wait for 14:00
        assertThat(day.lunchAt()).contains(LocalTime.of(12, 4));
        TimedStop second = day.stops().get(1);
        assertThat(second.arrival()).isEqualTo(LocalTime.of(13, 38));
        assertThat(second.visitStart()).isEqualTo(LocalTime.of(14, 0));
        assertThat(second.lateForAppointment()).isZero();
        assertThat(day.finish()).isEqualTo(LocalTime.of(14, 30));
        assertThat(day.returnKm()).isZero();
    }

    @Test
    void aVisitSpanningTheLunchWindowLeavesTheDayWithoutLunch() {
        DaySchedule day = timer.time(OFFICE, Optional.empty(), LocalTime.of(11, 0),
                List.of(north(1, 0.1, 180), north(2, 0.2, 30)));
        assertThat(day.lunchAt()).isEmpty();
    }

    @Test
    void lateAppointmentsAndStopsPastTheWorkingDayAreNamed() {
        DayStop long1 = north(1, 0.1, 300);
        DayStop fixed = north(2, 0.2, 30).withAppointment(LocalTime.of(13, 0));
        DayStop last = north(3, 0.3, 240);
        DaySchedule day = timer.time(OFFICE, Optional.of(OFFICE), LocalTime.of(9, 0), List.of(long1, fixed, last));
        assertThat(day.stops().get(1).lateForAppointment()).isPositive();
        assertThat(day.runsPastDayEnd()).isTrue();
        assertThat(day.overrun()).containsExactly(last);
    }
}
