package org.callsheet.logic.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.callsheet.logic.classification.rules.CustomerHistory;
import org.callsheet.logic.classification.rules.OrderFact;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.Test;

/** Customers read beside the orders: every order lands with its customer, in any arrival order. */
class HistoryColumnsTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 23);

    /** Customers 10, 20, 30; orders arrive unordered, one of customer 99 who was not read. */
    private static class Source implements ClassificationSource {
        @Override
        public long orderCountEstimate() {
            return 1; // below the real count: the buffers must grow
        }

        @Override
        public void forEachCustomer(CustomerSink sink) {
            for (long id : new long[] {10, 20, 30}) {
                sink.accept(id, false, false, NO_DAY, CustomerStatus.SUSPECT, null, null, false, 0);
            }
        }

        @Override
        public void forEachOrder(LocalDate upTo, OrderSink sink) {
            sink.accept(30, (int) D.minusDays(1).toEpochDay(), 300_00, NO_COST);
            sink.accept(99, (int) D.toEpochDay(), 1_00, NO_COST);
            sink.accept(10, (int) D.minusDays(5).toEpochDay(), 100_00, 40_00);
            sink.accept(30, (int) D.minusDays(3).toEpochDay(), 301_00, NO_COST);
        }

        @Override
        public void forEachCustomerLabel(LabelSink sink) {
        }
    }

    @Test
    void ordersAreGroupedUnderTheirCustomersAndOrdersOfUnreadCustomersDropped() {
        HistoryColumns columns = HistoryColumns.read(new Source(), D, ClassificationProgress.NONE, () -> false);

        List<CustomerHistory> histories = columns.histories();
        assertThat(histories).extracting(CustomerHistory::customerId).containsExactly(10L, 20L, 30L);
        assertThat(histories.get(0).orders()).extracting(OrderFact::amount).containsExactly(new BigDecimal("100.00"));
        assertThat(histories.get(0).orders().getFirst().cost()).isEqualByComparingTo("40.00");
        assertThat(histories.get(1).orders()).isEmpty();
        assertThat(histories.get(2).orders()).extracting(OrderFact::amount)
                .containsExactlyInAnyOrder(new BigDecimal("300.00"), new BigDecimal("301.00"));
    }

    @Test
    void aFailureReadingTheCustomersReachesTheCaller() {
        Source failing = new Source() {
            @Override
            public void forEachCustomer(CustomerSink sink) {
                throw new IllegalStateException("customers unreadable");
            }
        };

        assertThatThrownBy(() -> HistoryColumns.read(failing, D, ClassificationProgress.NONE, () -> false))
                .isInstanceOf(IllegalStateException.class).hasMessage("customers unreadable");
    }

    @Test
    void aCancelledReadGivesNothing() {
        assertThat(HistoryColumns.read(new Source(), D, ClassificationProgress.NONE, () -> true)).isNull();
    }

    @Test
    void ordersReadInPartsByBothThreadsAllLandOnce() {
        Source splitting = new Source() {
            @Override
            public void forEachCustomer(CustomerSink sink) {
                for (long id = 1; id <= 50; id++) {
                    sink.accept(id, false, false, NO_DAY, CustomerStatus.SUSPECT, null, null, false, 0);
                }
            }

            @Override
            public void forEachOrder(LocalDate upTo, OrderSink sink) {
                throw new AssertionError("read in parts");
            }

            @Override
            public void forEachOrder(LocalDate upTo, int part, int parts, OrderSink sink) {
                for (int k = part; k < 5_000; k += parts) {
                    sink.accept(1 + k % 50, (int) D.minusDays(k % 300).toEpochDay(), 100L * (k + 1), NO_COST);
                }
            }
        };

        HistoryColumns columns = HistoryColumns.read(splitting, D, ClassificationProgress.NONE, () -> false);

        List<CustomerHistory> histories = columns.histories();
        assertThat(histories).hasSize(50).allSatisfy(h -> assertThat(h.orders()).hasSize(100));
        assertThat(histories.stream().flatMap(h -> h.orders().stream()).map(OrderFact::amount).distinct().count())
                .isEqualTo(5_000);
    }
}
