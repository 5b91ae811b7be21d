package org.callsheet.logic.sheets.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.callsheet.logic.sheets.Table;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
    private static final Table CALLS = new Table(List.of("When", "Who", "Outcome", "Notes"),
            List.of(1.0, 1.0, 1.0, 2.0), List.of(List.of("2026年11月8日 15:24", "黎鑫", "无人接听", "很长的备注")));

    @Test
    void aShortColumnThatWouldWrapIsWidenedFromTheOthersRoom() {
        // natural widths: the date 120, the name 40, the outcome 60, the notes 400 (longer than 30 %)
        float[] natural = {120, 40, 60, 400};

        float[] widths = ColumnWidths.of(CALLS, 500, (table, column) -> natural[column]);

        assertThat(widths[0]).isCloseTo(120, offset(0.01f));
        assertThat(widths[1]).isGreaterThanOrEqualTo(40).isLessThan(100);
        assertThat(widths[2]).isGreaterThanOrEqualTo(60).isLessThan(100);
        assertThat(widths[3]).as("the notes keep their share and wrap").isCloseTo(200, offset(0.01f));
        assertThat(widths[0] + widths[1] + widths[2] + widths[3]).isCloseTo(500, offset(0.01f));
    }

    @Test
    void columnsThatFitKeepTheirShares() {
        float[] widths = ColumnWidths.of(CALLS, 500, (table, column) -> 50);

        assertThat(widths).containsExactly(100, 100, 100, 200);
    }
}
