package org.callsheet.logic.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeekSpreaderTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final List<LocalDate> DAYS = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));

    private static WeekCandidate in(String district, double lat, double lon, long id, double value) {
        return new WeekCandidate(DayStop.at(id, lat, lon, Duration.ofMinutes(30)), district, value, Optional.empty());
    }

    @Test
    void eachDayStaysInNeighbouringDistrictsAndTheMostValuableDistrictComesFirst() {
        List<WeekCandidate> candidates = new ArrayList<>();
        // west: A and its neighbour B; east, far away: C
        for (int i = 0; i < 3; i++) {
            candidates.add(in("A", 31.00, 121.00 + i * 0.001, 10 + i, 1));
            candidates.add(in("B", 31.02, 121.02 + i * 0.001, 20 + i, 1));
            candidates.add(in("C", 31.50, 122.00 + i * 0.001, 30 + i, 5));
        }
        WeekPlan plan = new WeekSpreader(4).spread(candidates, DAYS);
        assertThat(plan.days().get(MONDAY)).extracting(WeekCandidate::district).hasSize(4)
                .startsWith("C", "C", "C");
        List<String> tuesday = plan.days().get(MONDAY.plusDays(1)).stream().map(WeekCandidate::district).toList();
        assertThat(tuesday).hasSize(4).doesNotContain("C");
        assertThat(plan.leftOver()).isEmpty();
        int placed = plan.days().values().stream().mapToInt(List::size).sum();
        assertThat(placed).isEqualTo(9);
    }

    @Test
    void appointmentsGoToTheirDayAndCandidatesBeyondTheWeekAreLeftOver() {
        WeekCandidate wednesday = new WeekCandidate(DayStop.at(1, 31, 121, Duration.ofMinutes(30)), "A", 1,
                Optional.of(MONDAY.plusDays(2)));
        WeekCandidate nextMonth = new WeekCandidate(DayStop.at(2, 31, 121, Duration.ofMinutes(30)), "A", 1,
                Optional.of(MONDAY.plusDays(30)));
        List<WeekCandidate> many = new ArrayList<>(List.of(wednesday, nextMonth));
        for (int i = 0; i < 10; i++) {
            many.add(in("A", 31, 121, 100 + i, i));
        }
        WeekPlan plan = new WeekSpreader(3).spread(many, DAYS);
        assertThat(plan.days().get(MONDAY.plusDays(2))).contains(wednesday);
        assertThat(plan.days().get(MONDAY)).extracting(c -> c.stop().id()).containsExactly(109L, 108L, 107L);
        assertThat(plan.leftOver()).contains(nextMonth).hasSize(3);
    }
}
