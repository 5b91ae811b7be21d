package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateValueParserTest {
    private final DateValueParser parser = new DateValueParser();
    private static final LocalDate MARCH_4 = LocalDate.of(2025, 3, 4);

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-04", "2025/3/4", "2025.3.4", "2025年3月4日", "2025 年 3 月 4 日",
            "20250304", "２０２５-０３-０４", "2025/3/4 0:00", "2025-03-04T10:15:30", "45720"})
    void readsYearFirstFormsAndExcelSerials(String value) {
        assertThat(parser.parse(value, Optional.empty())).contains(MARCH_4);
    }

    @Test
    void yearLastNeedsAnOrder() {
        assertThat(parser.parse("04/03/2025", Optional.empty())).isEmpty();
        assertThat(parser.parse("04/03/2025", Optional.of(DayMonthOrder.DAY_FIRST))).contains(MARCH_4);
        assertThat(parser.parse("03/04/2025", Optional.of(DayMonthOrder.MONTH_FIRST))).contains(MARCH_4);
        assertThat(parser.parse("3.4.2025", Optional.of(DayMonthOrder.MONTH_FIRST))).contains(MARCH_4);
    }

    @Test
    void excelSerialsHonourTheLeapYearBugOf1900() {
        assertThat(parser.parse("1", Optional.empty())).contains(LocalDate.of(1900, 1, 1));
        assertThat(parser.parse("59", Optional.empty())).contains(LocalDate.of(1900, 2, 28));
        assertThat(parser.parse("60", Optional.empty())).isEmpty();
        assertThat(parser.parse("61", Optional.empty())).contains(LocalDate.of(1900, 3, 1));
        assertThat(parser.parse("45720.75", Optional.empty())).contains(MARCH_4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2025-13-01", "next week", "0", "31/31/2025", "2025/3", "-5", "1985", "2025"})
    void refusesWhatIsNoDate(String value) {
        assertThat(parser.parse(value, Optional.of(DayMonthOrder.DAY_FIRST))).isEmpty();
    }
}
