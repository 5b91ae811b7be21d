package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateColumnAnalyzerTest {

    private static DateColumnReport analyse(String... values) {
        DateColumnAnalyzer analyzer = new DateColumnAnalyzer();
        for (String value : values) {
            analyzer.accept(value);
        }
        return analyzer.report();
    }

    @Test
    void oneDayAboveTwelveAnywhereDecidesDayFirst() {
        DateColumnReport report = analyse("03/04/2025", "05/06/2025", "", "25/12/2025", "01/02/2025");
        assertThat(report.verdict()).isEqualTo(DateColumnReport.Verdict.DAY_FIRST);
        assertThat(report.decidedOrder()).contains(DayMonthOrder.DAY_FIRST);
        assertThat(report.values()).isEqualTo(4);
        assertThat(report.problem("下单日期")).isEmpty();
    }

    @Test
    void oneMonthSecondAboveTwelveDecidesMonthFirst() {
        assertThat(analyse("03/04/2025", "12/25/2025").verdict()).isEqualTo(DateColumnReport.Verdict.MONTH_FIRST);
    }

    @Test
    void allValuesFittingBothWaysIsAmbiguousNeverAGuess() {
        DateColumnReport report = analyse("03/04/2025", "05/06/2025", "11/12/2025");
        assertThat(report.verdict()).isEqualTo(DateColumnReport.Verdict.AMBIGUOUS);
        assertThat(report.needsUserChoice()).isTrue();
        assertThat(report.decidedOrder()).isEmpty();
        CsvProblem problem = report.problem("日期").orElseThrow();
        assertThat(problem.code()).isEqualTo(ProblemCode.AMBIGUOUS_DATE_COLUMN);
        assertThat(problem.column()).isEqualTo("日期");
        assertThat(problem.args()).containsExactly("03/04/2025");
    }

    @Test
    void bothKindsInOneColumnConflict() {
        DateColumnReport report = analyse("25/12/2025", "12/25/2025");
        assertThat(report.verdict()).isEqualTo(DateColumnReport.Verdict.CONFLICTING);
        assertThat(report.problem("date").orElseThrow().args()).containsExactly("25/12/2025", "12/25/2025");
    }

    @Test
    void yearFirstAndSerialColumnsNeedNoDecisionAndCountInvalidValues() {
        DateColumnReport report = analyse("2025-03-04", "2025年3月5日", "45720", "soon", "2025-02-30");
        assertThat(report.verdict()).isEqualTo(DateColumnReport.Verdict.NOT_NEEDED);
        assertThat(report.invalid()).isEqualTo(2);
        assertThat(report.firstInvalid()).isEqualTo("soon");
        assertThat(report.formatKey()).isEqualTo("csv.date.verdict.not_needed");
    }

    @Test
    void sameDayAndMonthIsNotAmbiguous() {
        assertThat(analyse("05/05/2025", "2025-01-01").needsUserChoice()).isFalse();
    }
}
