package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ErrorCsvWriterTest {

    @Test
    void writesTheOriginalRowWithItsReasons() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRow row = new CsvRow(7, List.of("", "=2+2"));
        List<CsvProblem> problems = List.of(
                CsvProblem.error(ProblemCode.REQUIRED_VALUE_MISSING, 7, "客户名称"),
                CsvProblem.warning(ProblemCode.INVALID_PHONE, 7, "手机", "=2+2"),
                CsvProblem.error(ProblemCode.INVALID_DATE, 8, "生日", "x"));
        try (ErrorCsvWriter writer = new ErrorCsvWriter(out, List.of("客户名称", "手机", "备注"),
                new CsvMessages(Locale.SIMPLIFIED_CHINESE), ExportOptions.defaults())) {
            writer.write(row, problems);
            assertThat(writer.written()).isEqualTo(1);
        }
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        assertThat(text).isEqualTo("客户名称,手机,备注,错误原因\r\n"
                + "\"\",'=2+2,,客户名称: 必填内容为空。; 手机: 不是有效电话号码：“=2+2”，已按原样保留。\r\n");
    }

    @Test
    void theReasonStaysUnderItsHeadingWhenARowHasExtraCells() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ErrorCsvWriter writer = new ErrorCsvWriter(out, List.of("name"), new CsvMessages(Locale.ENGLISH),
                new ExportOptions(StandardCharsets.UTF_8, false, ExportOptions.HeaderStyle.CANONICAL, Locale.ROOT))) {
            writer.write(new CsvRow(2, List.of("a", "b")), List.of(CsvProblem.error(ProblemCode.EXTRA_CELLS, 2, "", 2, 1)));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("name,Problem\r\n"
                + "a,This row has 2 cells but the header only 1.,b\r\n");
    }
}
