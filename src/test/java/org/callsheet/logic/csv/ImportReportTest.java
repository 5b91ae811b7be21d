package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void countsRowsAndKeepsOnlyTheFirstProblems() {
        ImportReport report = new ImportReport(2);
        CsvRow row = new CsvRow(2, List.of("x"));
        report.add(RowResult.of(row, "ok", List.of(CsvProblem.warning(ProblemCode.INVALID_PHONE, 2, "手机", "1"))));
        report.add(RowResult.of(row, "bad", List.of(
                CsvProblem.error(ProblemCode.INVALID_DATE, 3, "日期", "x"),
                CsvProblem.error(ProblemCode.INVALID_AMOUNT, 3, "金额", "y"))));
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.problemCount()).isEqualTo(3);
        assertThat(report.problems()).extracting(CsvProblem::code)
                .containsExactly(ProblemCode.INVALID_PHONE, ProblemCode.INVALID_DATE);
        assertThat(report.truncated()).isTrue();
        assertThat(RowResult.of(row, "bad", List.of(CsvProblem.error(ProblemCode.INVALID_DATE, 3, "", "x"))).value())
                .isEqualTo(Optional.empty());
    }
}
