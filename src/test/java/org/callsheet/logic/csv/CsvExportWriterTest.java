package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvExportWriterTest {
    private static final List<String> FIELDS = List.of("external_id", "order_date", "amount", "customer_external_id");

    private static byte[] export(ExportOptions options, Map<String, String> row) {
        return export(options, FIELDS, row);
    }

    private static byte[] export(ExportOptions options, List<String> fields, Map<String, String> row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExportWriter writer = new CsvExportWriter(out, StandardEntities.ORDERS, fields, options)) {
            writer.write(row);
        }
        return out.toByteArray();
    }

    @Test
    void utf8WithBomCrlfCanonicalHeadersAndQuotingOnlyWhereNeeded() {
        byte[] bytes = export(ExportOptions.defaults(), Map.of("external_id", "SO,1", "order_date", "2025-03-04",
                "amount", "-12.50", "customer_external_id", "=HYPERLINK(\"x\")"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("external_id,order_date,amount,customer_external_id\r\n"
                + "\"SO,1\",2025-03-04,-12.50,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }

    @Test
    void gb18030WithChineseHeadersHasNoBom() {
        byte[] bytes = export(ExportOptions.defaults().gb18030().localisedHeaders(Locale.SIMPLIFIED_CHINESE),
                Map.of("amount", "88"));
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        assertThat(new String(bytes, EncodingDetector.GB18030)).isEqualTo("订单号,下单日期,订单金额,客户编号\r\n\"\",,88,\r\n");
    }

    @Test
    void exportedFileImportsBackToTheSameValues() throws IOException {
        // an export always writes the uid column, which tells the import to undo the formula guard
        List<String> withUid = new java.util.ArrayList<>(FIELDS);
        withUid.add("uid");
        byte[] bytes = export(ExportOptions.defaults().localisedHeaders(Locale.TRADITIONAL_CHINESE), withUid,
                Map.of("external_id", "+SO\n2", "order_date", "2025-03-04", "amount", "-12.50",
                        "customer_external_id", "@C1", "uid", "u-1"));
        try (CsvFile file = new CsvFileReader(CsvReadOptions.defaults()).open(new ByteArrayInputStream(bytes))) {
            HeaderMapper.Result mapped = new HeaderMapper().map(StandardEntities.ORDERS, file.header());
            assertThat(mapped.problems()).isEmpty();
            OrderRowConverter converter = new OrderRowConverter(mapped.mapping());
            IncomingOrder order = file.rows().map(converter::convert).toList().get(0).value().orElseThrow();
            assertThat(order.externalId()).isEqualTo("+SO\n2");
            assertThat(order.customerExternalId()).isEqualTo("@C1");
            assertThat(order.amount()).isEqualByComparingTo("-12.50");
        }
    }

    @Test
    void refusesFieldsTheEntityDoesNotHave() {
        assertThatThrownBy(() -> new CsvExportWriter(new ByteArrayOutputStream(), StandardEntities.ORDERS,
                List.of("colour"), ExportOptions.defaults())).isInstanceOf(IllegalArgumentException.class);
    }
}
