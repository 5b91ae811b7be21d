package org.callsheet.logic.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarDatesTest {

    /** Official dates where a new moon falls near midnight in China, or the leap month is late. */
    @ParameterizedTest(name = "lunar {1}/{2} of {0} is {3}")
    @CsvSource({
            "2027, 1, 1, 2027-02-06",
            "2027, 1, 15, 2027-02-20",
            "2030, 1, 1, 2030-02-03",
            "2030, 1, 15, 2030-02-17",
            "1954, 1, 1, 1954-02-03",
            "1987, 7, 1, 1987-08-24",
            "2012, 7, 1, 2012-08-17",
            "2018, 10, 1, 2018-11-08",
            "2023, 3, 1, 2023-04-20",
            "2025, 8, 15, 2025-10-06",
    })
    void datesOfTheCalendarAsPublished(int year, int month, int day, LocalDate expected) {
        assertThat(LunarDates.of(year, month, day)).isEqualTo(expected);
    }

    @Test
    void everyYearOfTheTableEndsTheDayBeforeTheNextBegins() {
        for (int year = 1900; year < 2100; year++) {
            LunarMonths.Year lunar = LunarMonths.shipped().year(year).orElseThrow();
            LocalDate next = LunarMonths.shipped().year(year + 1).orElseThrow().newYear();
            assertThat(lunar.newYear().plusDays(lunar.length())).as("lunar year %d", year).isEqualTo(next);
            assertThat(lunar.monthDays()).as("lunar year %d", year).hasSize(lunar.leapMonth() == 0 ? 12 : 13);
            assertThat(java.util.Arrays.stream(lunar.monthDays()).boxed().toList()).as("lunar year %d", year)
                    .allMatch(days -> days == 29 || days == 30);
        }
    }

    @Test
    void beyondTheTableTheCalendarIsComputed() {
        assertThat(LunarMonths.shipped().year(2101)).isEmpty();
        LocalDate spring = LunarDates.of(2101, 1, 1);
        assertThat(spring).isBetween(LocalDate.of(2101, 1, 21), LocalDate.of(2101, 2, 20));
        assertThat(LunarDates.of(2101, 1, 15)).isEqualTo(spring.plusDays(14));
    }
}
