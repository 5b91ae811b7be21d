package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Address;
import org.junit.jupiter.api.Test;

/** A whole file-level import: open, map, scan dates, convert, report, write the error file. */
class ImportFlowTest {
    private static final String ORDERS = "订单号,客户编号,下单日期,金额（元）,到期日\r\n"
            + "SO-1,C1,13/04/2025,\"¥1,200.00\",2025年5月13日\r\n"
            + "SO-2,C2,31/02/2025,88,\r\n"
            + "SO-3,C1,01/05/2025,(12.50),\r\n"
            + "SO-1,C3,02/05/2025,5,\r\n"
            + "SO-4,C4,二月三日,5,\r\n";

    private static CsvFile open(byte[] bytes) {
        return new CsvFileReader(CsvReadOptions.defaults()).open(new ByteArrayInputStream(bytes));
    }

    @Test
    void gb18030OrdersWithInvalidDatesGiveRowProblemsAndAnErrorFile() throws IOException {
        byte[] bytes = ORDERS.getBytes(EncodingDetector.GB18030);
        HeaderMapping mapping;
        DateColumnScan.Settled settled;
        try (CsvFile file = open(bytes)) {
            assertThat(file.encoding().charset()).isEqualTo(EncodingDetector.GB18030);
            HeaderMapper.Result mapped = new HeaderMapper().map(StandardEntities.ORDERS, file.header());
            assertThat(mapped.problems()).isEmpty();
            mapping = mapped.mapping();
            DateColumnScan scan = new DateColumnScan();
            settled = scan.settle(mapping, scan.scan(file.rows(), mapping));
        }
        assertThat(settled.ready()).isTrue();
        assertThat(settled.reports().get("order_date").verdict()).isEqualTo(DateColumnReport.Verdict.DAY_FIRST);
        assertThat(settled.reports().get("order_date").invalid()).isEqualTo(2);

        ImportReport report = new ImportReport(100);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try (CsvFile file = open(bytes);
             ErrorCsvWriter errorFile = new ErrorCsvWriter(errors, file.header(),
                     new CsvMessages(Locale.ENGLISH), ExportOptions.defaults())) {
            OrderRowConverter converter = new OrderRowConverter(settled.mapping());
            file.rows().map(converter::convert).forEach(result -> {
                report.add(result);
                if (!result.accepted()) {
                    errorFile.write(result.row(), result.problems());
                }
            });
        }
        assertThat(report.accepted()).isEqualTo(3);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.problems()).extracting(CsvProblem::row, CsvProblem::code, CsvProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, ProblemCode.INVALID_DATE, "下单日期"),
                org.assertj.core.groups.Tuple.tuple(6L, ProblemCode.INVALID_DATE, "下单日期"));

        String errorText = errors.toString(StandardCharsets.UTF_8);
        assertThat(errorText.lines()).hasSize(3);
        assertThat(errorText).contains("SO-2,C2,31/02/2025,88,,\"下单日期: Not a valid date: \"\"31/02/2025\"\".\"\r\n");

        // The error file imports again: its reason column is simply not mapped.
        try (CsvFile again = open(errors.toByteArray())) {
            HeaderMapper.Result mapped = new HeaderMapper().map(StandardEntities.ORDERS, again.header());
            assertThat(mapped.problems()).extracting(CsvProblem::code).containsExactly(ProblemCode.UNMAPPED_COLUMN);
            assertThat(again.rows().count()).isEqualTo(2);
        }
    }

    @Test
    void anAmbiguousDateColumnStopsTheImportUntilTheUserChooses() {
        String text = "客户名称,生日\n甲,03/04/1990\n乙,05/06/1985\n";
        try (CsvFile file = open(text.getBytes(StandardCharsets.UTF_8))) {
            HeaderMapping mapping = new HeaderMapper().map(StandardEntities.CUSTOMERS, file.header()).mapping();
            DateColumnScan scan = new DateColumnScan();
            DateColumnScan.Settled settled = scan.settle(mapping, scan.scan(file.rows(), mapping));
            assertThat(settled.ready()).isFalse();
            assertThat(new CsvMessages(Locale.SIMPLIFIED_CHINESE).describe(settled.problems().get(0)))
                    .isEqualTo("“生日”列：这一列的日期（如 03/04/1990）既可理解为“日/月”也可理解为“月/日”，请选择其一。");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void utf8BomCustomersBecomeModelRecords() throws IOException {
        String text = "\uFEFF客户编号,客户名称,地址,联系人,手机\r\nC1,星辰科技,北京海淀区中关村,王芳,13800138000\r\n";
        try (CsvFile file = open(text.getBytes(StandardCharsets.UTF_8))) {
            HeaderMapping mapping = new HeaderMapper().map(StandardEntities.CUSTOMERS, file.header()).mapping();
            CustomerRowConverter converter = new CustomerRowConverter(mapping, new PhoneNormalizer(),
                    address -> new Address(address, "", "", ""), () -> UUID.randomUUID().toString(),
                    Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            List<RowResult<IncomingCustomer>> results = file.rows().map(converter::convert).toList();
            assertThat(results).singleElement().satisfies(result -> {
                assertThat(result.value().orElseThrow().customer().externalId()).isEqualTo("C1");
                assertThat(result.value().orElseThrow().contact().orElseThrow().name()).isEqualTo("王芳");
            });
        }
    }
}
