package org.callsheet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classification.rules.CustomerClassification;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.logic.csv.FormulaGuard;

/**
 * The classification export: UTF-8, CRLF, a header and one row per customer with stable codes
 * (never translated), empty cells where a value does not apply.
 */
final class ClassificationCsv implements AutoCloseable {
    static final List<String> COLUMNS = List.of("external_id", "name", "status", "revenue_12m", "orders_12m",
            "recency_days", "r_score", "f_score", "m_score", "rfm_segment", "aov", "quadrant", "face",
            "churn_warning", "p_alive", "expected_orders_90d", "clv_12m");

    private final CSVPrinter printer;

    private ClassificationCsv(Writer writer) throws IOException {
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(COLUMNS);
    }

    static ClassificationCsv create(Path file) throws IOException {
        return new ClassificationCsv(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    void write(String externalId, String name, ClassificationResult result) {
        CustomerClassification c = result.rules();
        try {
            printer.printRecord(
                    text(externalId), text(name), code(result.status().name()), c.revenue12m().toPlainString(),
                    c.orders12m(), c.recencyDays() == null ? "" : c.recencyDays(),
                    score(c.recencyScore()), score(c.frequencyScore()), score(c.monetaryScore()),
                    c.segment() == null ? "" : c.segment().code(), money(c.averageOrder()),
                    c.quadrant() == ValueQuadrant.LAPSED ? "" : c.quadrant().code(), c.face().code(),
                    c.churnWarning(), decimal(c.probabilityAlive()), decimal(c.expectedOrders90d()),
                    money(c.clv12m()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : FormulaGuard.neutralise(value);
    }

    private static String code(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String score(int score) {
        return score == 0 ? "" : Integer.toString(score);
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String decimal(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
