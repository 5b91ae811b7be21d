package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTimeValueParserTest {
    private final DateTimeValueParser parser = new DateTimeValueParser();

    private Optional<LocalDateTime> parse(String value) {
        return parser.parse(value, Optional.empty());
    }

    @Test
    void readsTheDateFormsOfTheCsvModuleWithATime() {
        LocalDateTime expected = LocalDateTime.of(2025, 3, 4, 14, 30);
        assertThat(parse("2025-03-04 14:30")).contains(expected);
        assertThat(parse("2025-03-04T14:30:00")).contains(expected);
        assertThat(parse("2025/3/4 14:30")).contains(expected);
        assertThat(parse("2025.3.4  14:30")).contains(expected);
        assertThat(parse("2025年3月4日 14:30")).contains(expected);
        assertThat(parse("２０２５-０３-０４ １４:３０")).as("full-width").contains(expected);
        assertThat(parse("2025-03-04 9:05:07")).contains(LocalDateTime.of(2025, 3, 4, 9, 5, 7));
        assertThat(parse("2025-03-04 09:05:07.25")).contains(LocalDateTime.of(2025, 3, 4, 9, 5, 7, 250_000_000));
    }

    @Test
    void yearLastDatesNeedTheirDayMonthOrder() {
        assertThat(parse("04/03/2025 14:30")).isEmpty();
        assertThat(parser.parse("04/03/2025 14:30", Optional.of(DayMonthOrder.DAY_FIRST)))
                .contains(LocalDateTime.of(2025, 3, 4, 14, 30));
        assertThat(parser.parse("04/03/2025 14:30", Optional.of(DayMonthOrder.MONTH_FIRST)))
                .contains(LocalDateTime.of(2025, 4, 3, 14, 30));
    }

    @Test
    void anExcelSerialWithAFractionOfADayIsADateTime() {
        assertThat(parse("45720.604166667")).contains(LocalDateTime.of(2025, 3, 4, 14, 30));
    }

    @Test
    void refusesADateWithoutTimeAndImpossibleValues() {
        assertThat(parse("2025-03-04")).isEmpty();
        assertThat(parse("2025-02-30 10:00")).isEmpty();
        assertThat(parse("2025-03-04 24:00")).isEmpty();
        assertThat(parse("2025-03-04 10:60")).isEmpty();
        assertThat(parse("tomorrow 10:00")).isEmpty();
        assertThat(parse("")).isEmpty();
    }

    @Test
    void writesLocalTimeWithAFractionOnlyWhenThereIsOne() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(DateTimeValueParser.format(Instant.parse("2025-03-04T06:30:00Z"), shanghai))
                .isEqualTo("2025-03-04 14:30:00");
        assertThat(DateTimeValueParser.format(Instant.parse("2025-03-04T06:30:00.120Z"), shanghai))
                .isEqualTo("2025-03-04 14:30:00.12");
        assertThat(DateTimeValueParser.format(null, shanghai)).isNull();
        String written = DateTimeValueParser.format(Instant.parse("2025-03-04T06:30:00.000123Z"), shanghai);
        assertThat(parse(written)).contains(LocalDateTime.of(2025, 3, 4, 14, 30, 0, 123_000));
    }
}
