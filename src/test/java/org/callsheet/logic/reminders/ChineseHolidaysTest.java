package org.callsheet.logic.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseHolidaysTest {
    private final ChineseHolidays holidays = new ChineseHolidays();

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "SPRING_FESTIVAL, 2020, 2020-01-25",
            "SPRING_FESTIVAL, 2021, 2021-02-12",
            "SPRING_FESTIVAL, 2022, 2022-02-01",
            "SPRING_FESTIVAL, 2023, 2023-01-22",
            "SPRING_FESTIVAL, 2024, 2024-02-10",
            "SPRING_FESTIVAL, 2025, 2025-01-29",
            "SPRING_FESTIVAL, 2026, 2026-02-17",
            "SPRING_FESTIVAL, 2027, 2027-02-06",
            "SPRING_FESTIVAL, 2030, 2030-02-03",
            "LANTERN_FESTIVAL, 2027, 2027-02-20",
            "LANTERN_FESTIVAL, 2024, 2024-02-24",
            "LANTERN_FESTIVAL, 2025, 2025-02-12",
            "LANTERN_FESTIVAL, 2026, 2026-03-03",
            "DRAGON_BOAT, 2022, 2022-06-03",
            "DRAGON_BOAT, 2023, 2023-06-22",
            "DRAGON_BOAT, 2024, 2024-06-10",
            "DRAGON_BOAT, 2025, 2025-05-31",
            "DRAGON_BOAT, 2026, 2026-06-19",
            "MID_AUTUMN, 2021, 2021-09-21",
            "MID_AUTUMN, 2022, 2022-09-10",
            "MID_AUTUMN, 2023, 2023-09-29",
            "MID_AUTUMN, 2024, 2024-09-17",
            "MID_AUTUMN, 2025, 2025-10-06",
            "MID_AUTUMN, 2026, 2026-09-25",
            "QINGMING, 2019, 2019-04-05",
            "QINGMING, 2020, 2020-04-04",
            "QINGMING, 2021, 2021-04-04",
            "QINGMING, 2022, 2022-04-05",
            "QINGMING, 2023, 2023-04-05",
            "QINGMING, 2024, 2024-04-04",
            "QINGMING, 2025, 2025-04-04",
            "QINGMING, 2026, 2026-04-05",
            "NEW_YEAR, 2031, 2031-01-01",
            "NATIONAL_DAY, 2031, 2031-10-01",
    })
    void knownDates(ChineseHoliday holiday, int year, LocalDate expected) {
        assertThat(holidays.dateOf(holiday, year)).isEqualTo(expected);
    }

    @Test
    void lunarHolidaysKeepTheirOrderAndSpacingInAnyYear() {
        for (int year = 1950; year <= 2100; year++) {
            LocalDate spring = holidays.dateOf(ChineseHoliday.SPRING_FESTIVAL, year);
            assertThat(spring).isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
            assertThat(holidays.dateOf(ChineseHoliday.LANTERN_FESTIVAL, year)).isEqualTo(spring.plusDays(14));
            assertThat(holidays.dateOf(ChineseHoliday.DRAGON_BOAT, year))
                    .isBetween(LocalDate.of(year, 5, 20), LocalDate.of(year, 6, 26));
            assertThat(holidays.dateOf(ChineseHoliday.MID_AUTUMN, year))
                    .isBetween(LocalDate.of(year, 9, 7), LocalDate.of(year, 10, 8));
            assertThat(holidays.dateOf(ChineseHoliday.QINGMING, year).getMonth()).isEqualTo(Month.APRIL);
            assertThat(holidays.dateOf(ChineseHoliday.QINGMING, year).getDayOfMonth()).isBetween(4, 6);
        }
    }

    @Test
    void qingmingMomentIsWithinMinutesOfThePublishedTime() {
        // published: 2024-04-04 15:02:03 China Standard Time
        Instant published = OffsetDateTime.parse("2024-04-04T15:02:03+08:00").toInstant();
        Instant computed = SolarTerms.momentOf(2024, 15.0);
        assertThat(Duration.between(published, computed).abs()).isLessThan(Duration.ofMinutes(15));
        double jde = SolarTerms.julianDay(LocalDate.of(1970, 1, 1)) + computed.toEpochMilli() / 86_400_000.0
                + SolarTerms.deltaTSeconds(2024) / 86_400.0;
        assertThat(SolarTerms.apparentLongitude(jde)).isCloseTo(15.0, offset(0.001));
    }

    @Test
    void betweenListsTheHolidaysOfARangeAcrossTheYearEnd() {
        assertThat(holidays.between(LocalDate.of(2025, 9, 30), LocalDate.of(2026, 2, 17)))
                .containsExactly(
                        new HolidayDate(ChineseHoliday.NATIONAL_DAY, LocalDate.of(2025, 10, 1)),
                        new HolidayDate(ChineseHoliday.MID_AUTUMN, LocalDate.of(2025, 10, 6)),
                        new HolidayDate(ChineseHoliday.NEW_YEAR, LocalDate.of(2026, 1, 1)),
                        new HolidayDate(ChineseHoliday.SPRING_FESTIVAL, LocalDate.of(2026, 2, 17)));
    }
}
