package org.callsheet.logic.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayDatesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final DisplayDates ENGLISH = DisplayDates.of(Locale.ENGLISH);
    private static final DisplayDates SIMPLIFIED = DisplayDates.of(Locale.SIMPLIFIED_CHINESE);
    private static final DisplayDates TRADITIONAL = DisplayDates.of(Locale.TRADITIONAL_CHINESE);

    @Test
    void eachLanguageWritesDatesItsOwnWay() {
        assertThat(ENGLISH.date(DAY)).isEqualTo("Mar 2, 2026");
        assertThat(SIMPLIFIED.date(DAY)).isEqualTo("2026年3月2日");
        assertThat(TRADITIONAL.date(DAY)).isEqualTo("2026年3月2日");
        assertThat(ENGLISH.date(null)).isEmpty();
    }

    @Test
    void timesAreOnTheTwentyFourHourClockAndFollowTheDate() {
        LocalDateTime at = DAY.atTime(16, 5);
        assertThat(ENGLISH.time(LocalTime.of(9, 30))).isEqualTo("09:30");
        assertThat(ENGLISH.dateTime(at)).isEqualTo("Mar 2, 2026 16:05");
        assertThat(SIMPLIFIED.dateTime(at)).isEqualTo("2026年3月2日 16:05");
        assertThat(TRADITIONAL.dateTime(Instant.parse("2026-03-02T08:05:00Z"), ZoneId.of("Asia/Taipei")))
                .isEqualTo("2026年3月2日 16:05");
    }

    @Test
    void headingsNameTheDayOfTheWeekInTheLanguage() {
        assertThat(ENGLISH.weekdayDate(DAY)).isEqualTo("Monday, March 2, 2026");
        assertThat(SIMPLIFIED.weekdayDate(DAY)).isEqualTo("2026年3月2日 星期一");
        assertThat(TRADITIONAL.weekdayDate(DAY)).isEqualTo("2026年3月2日 星期一");
    }

    @Test
    void aTypedDateIsReadInTheLanguagesFormAndTheUsualOthers() {
        assertThat(ENGLISH.parseDate("Mar 2, 2026")).contains(DAY);
        assertThat(ENGLISH.parseDate(" mar 2, 2026 ")).contains(DAY);
        assertThat(SIMPLIFIED.parseDate("2026年3月2日")).contains(DAY);
        for (DisplayDates dates : new DisplayDates[] {ENGLISH, SIMPLIFIED, TRADITIONAL}) {
            assertThat(dates.parseDate("2026-03-02")).contains(DAY);
            assertThat(dates.parseDate("2026/3/2")).contains(DAY);
            assertThat(dates.parseDate("2026.3.2")).contains(DAY);
            assertThat(dates.parseDate(dates.date(DAY))).contains(DAY);
            assertThat(dates.parseDate("tomorrow")).isEmpty();
            assertThat(dates.parseDate("2026-02-30")).isEmpty();
            assertThat(dates.parseDate("")).isEmpty();
        }
    }
}
