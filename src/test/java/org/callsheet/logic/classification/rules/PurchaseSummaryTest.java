package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.callsheet.logic.classification.rules.Orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PurchaseSummaryTest {

    private static final LocalDate CALIBRATION_END = LocalDate.parse("1997-09-30");

    @Test
    void sameDayOrdersMergeAndLaterOrdersAreIgnored() {
        PurchaseSummary s = PurchaseSummary.fromOrders(List.of(order("2025-01-01", "10"), order("2025-01-01", "5"),
                order("2025-01-15", "20"), order("2025-01-29", "30"), order("2025-01-29", "10"),
                order("2025-03-01", "99")), LocalDate.parse("2025-02-12")).orElseThrow();
        assertThat(s.x()).isEqualTo(2);
        assertThat(s.tx()).isEqualTo(4.0);
        assertThat(s.age()).isEqualTo(6.0);
        assertThat(s.meanRepeatSpend()).isEqualTo(30.0);
    }

    @Test
    void returnDaysAreNotPurchases() {
        PurchaseSummary s = PurchaseSummary.fromOrders(List.of(order("2025-01-01", "10"), order("2025-01-08", "-10"),
                order("2025-01-15", "-5"), order("2025-01-15", "20")), LocalDate.parse("2025-01-22")).orElseThrow();
        assertThat(s.x()).isEqualTo(1);
        assertThat(s.tx()).isEqualTo(2.0);
        assertThat(s.meanRepeatSpend()).isEqualTo(15.0);
        assertThat(PurchaseSummary.fromOrders(List.of(order("2025-01-01", "-3")), LocalDate.parse("2025-02-01")))
                .isEmpty();
        // a free order is still a purchase
        assertThat(PurchaseSummary.fromOrders(List.of(order("2025-01-01", "0")), LocalDate.parse("2025-02-01")))
                .isPresent();
        assertThat(PurchaseSummary.fromOrders(List.of(order("2025-03-01", "3")), LocalDate.parse("2025-02-01")))
                .isEmpty();
    }

    @Test
    void cdnowDatedOrdersGiveThePublishedSummaries() {
        Map<Integer, List<OrderFact>> bySample = new TreeMap<>();
        DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
        for (String[] f : CdnowData.purchases()) {
            bySample.computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>())
                    .add(OrderFact.of(LocalDate.parse(f[2], basic), new BigDecimal(f[4])));
        }
        List<CdnowData.Row> rows = CdnowData.summary();
        assertThat(bySample).hasSize(rows.size());
        int checked = 0;
        for (CdnowData.Row row : rows) {
            PurchaseSummary s = PurchaseSummary.fromOrders(bySample.get(row.id()), CALIBRATION_END).orElseThrow();
            assertThat(s.x()).as("x of %d", row.id()).isEqualTo(row.x());
            assertThat(s.tx()).as("t_x of %d", row.id()).isCloseTo(row.tx(), within(0.0051));
            assertThat(s.age()).as("T of %d", row.id()).isCloseTo(row.age(), within(0.0051));
            assertThat(s.meanRepeatSpend()).as("zbar of %d", row.id()).isCloseTo(row.zbar(), within(0.0051));
            checked++;
        }
        assertThat(checked).isEqualTo(2357);
    }
}
