package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.callsheet.model.Order;
import org.junit.jupiter.api.Test;

class OrderRowConverterTest {
    private static final List<String> HEADER = List.of("订单号", "客户编号", "下单日期", "订单金额", "成本", "回款金额", "到期日");

    private final OrderRowConverter converter = new OrderRowConverter(
            new HeaderMapper().map(StandardEntities.ORDERS, HEADER).mapping()
                    .withDateOrder("order_date", DayMonthOrder.DAY_FIRST));

    private RowResult<IncomingOrder> convert(long row, String... cells) {
        return converter.convert(new CsvRow(row, List.of(cells)));
    }

    @Test
    void convertsAnOrderAndMakesItAModelOrder() {
        RowResult<IncomingOrder> result = convert(2, "SO-1", "C001", "04/03/2025", "¥1,234.50", "800", "(0.50)", "2025年4月4日");
        assertThat(result.problems()).isEmpty();
        IncomingOrder incoming = result.value().orElseThrow();
        assertThat(incoming.date()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(incoming.amount()).isEqualByComparingTo("1234.50");
        assertThat(incoming.paidAmount()).isEqualByComparingTo("-0.50");
        assertThat(incoming.dueDate()).isEqualTo(LocalDate.of(2025, 4, 4));
        Order order = incoming.toOrder("u1", 42L, Instant.EPOCH);
        assertThat(order.customerId()).isEqualTo(42L);
        assertThat(order.externalId()).isEqualTo("SO-1");
        assertThat(order.cost()).isEqualByComparingTo(new BigDecimal("800"));
    }

    @Test
    void negativeAmountsAreReturnsAndSurvive() {
        assertThat(convert(3, "", "C1", "2025-03-04", "-12.50", "", "", "").value().orElseThrow().amount())
                .isEqualByComparingTo("-12.50");
        assertThat(convert(4, "", "C1", "2025-03-04", "'-12.50", "", "", "").value().orElseThrow().amount())
                .isEqualByComparingTo("-12.50");
    }

    @Test
    void badOrMissingMoneyAndDatesRejectTheRow() {
        RowResult<IncomingOrder> result = convert(5, "", "", "2025-02-30", "12,50", "abc", "", "");
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).allMatch(p -> p.severity() == Severity.ERROR && p.row() == 5)
                .extracting(CsvProblem::code).containsExactly(ProblemCode.REQUIRED_VALUE_MISSING,
                        ProblemCode.INVALID_DATE, ProblemCode.INVALID_AMOUNT, ProblemCode.INVALID_AMOUNT);
        assertThat(result.problems().get(2).column()).isEqualTo("订单金额");
        assertThat(convert(6, "", "C1", "", "", "", "", "").problems()).extracting(CsvProblem::code)
                .containsExactly(ProblemCode.REQUIRED_VALUE_MISSING, ProblemCode.REQUIRED_VALUE_MISSING);
    }

    @Test
    void yearLastDatesWithoutAChosenOrderAreNotGuessed() {
        OrderRowConverter undecided = new OrderRowConverter(
                new HeaderMapper().map(StandardEntities.ORDERS, HEADER).mapping());
        RowResult<IncomingOrder> result = undecided.convert(new CsvRow(2, List.of("", "C1", "03/04/2025", "1", "", "", "")));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems().get(0).code()).isEqualTo(ProblemCode.INVALID_DATE);
    }
}
