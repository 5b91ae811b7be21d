package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateColumnScanTest {
    private final DateColumnScan scan = new DateColumnScan();
    private final HeaderMapping mapping = new HeaderMapper()
            .map(StandardEntities.ORDERS, List.of("客户编号", "下单日期", "金额", "到期日")).mapping();

    private static List<CsvRow> rows(String... dates) {
        return java.util.stream.IntStream.range(0, dates.length / 2)
                .mapToObj(i -> new CsvRow(i + 2, List.of("C1", dates[2 * i], "1", dates[2 * i + 1])))
                .toList();
    }

    @Test
    void decidedColumnsSettleAndAmbiguousOnesWaitForTheUser() {
        Map<String, DateColumnReport> reports = scan.scan(
                rows("03/04/2025", "03/04/2025", "13/04/2025", "05/06/2025").stream(), mapping);
        assertThat(reports.keySet()).containsExactly("order_date", "due_date");
        assertThat(reports.get("order_date").verdict()).isEqualTo(DateColumnReport.Verdict.DAY_FIRST);
        assertThat(reports.get("due_date").verdict()).isEqualTo(DateColumnReport.Verdict.AMBIGUOUS);

        DateColumnScan.Settled settled = scan.settle(mapping, reports);
        assertThat(settled.ready()).isFalse();
        assertThat(settled.mapping().dateOrder("order_date")).contains(DayMonthOrder.DAY_FIRST);
        assertThat(settled.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.AMBIGUOUS_DATE_COLUMN);
            assertThat(problem.column()).isEqualTo("到期日");
        });

        DateColumnScan.Settled chosen = scan.settle(mapping.withDateOrder("due_date", DayMonthOrder.MONTH_FIRST), reports);
        assertThat(chosen.ready()).isTrue();
        assertThat(chosen.mapping().dateOrder("due_date")).contains(DayMonthOrder.MONTH_FIRST);
    }

    @Test
    void aGivenOrderForUndecidedColumnsSettlesOnlyTheAmbiguousOnesInTheSamePass() {
        Map<String, DateColumnReport> reports = scan.scan(
                rows("03/04/2025", "03/04/2025", "13/04/2025", "05/06/2025").stream(), mapping);

        DateColumnScan.Settled settled = scan.settle(mapping, reports, java.util.Optional.of(DayMonthOrder.MONTH_FIRST));

        assertThat(settled.ready()).isTrue();
        assertThat(settled.mapping().dateOrder("due_date")).contains(DayMonthOrder.MONTH_FIRST);
        assertThat(settled.mapping().dateOrder("order_date")).contains(DayMonthOrder.DAY_FIRST);
    }
}
