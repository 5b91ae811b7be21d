package org.callsheet.logic.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.callsheet.logic.text.PhoneNormalizer;

/**
 * Turns rows of an order file into incoming orders. Date, customer and amount are required; a
 * bad date or amount in any column rejects the row, since money must never be guessed. An order
 * number repeated within the file is the import's business: it places the later row on the same order.
 */
public final class OrderRowConverter {
    private final HeaderMapping mapping;
    private final PhoneNormalizer phones = new PhoneNormalizer();

    public OrderRowConverter(HeaderMapping mapping) {
        if (!mapping.entity().id().equals(StandardEntities.ORDERS_ID)) {
            throw new IllegalArgumentException("not an order mapping: " + mapping.entity().id());
        }
        this.mapping = mapping;
    }

    public RowResult<IncomingOrder> convert(CsvRow row) {
        CellReader cells = new CellReader(mapping, row, phones);
        String customer = cells.required("customer_external_id");
        if (cells.text("order_date").isEmpty()) {
            cells.required("order_date");
        }
        Optional<LocalDate> date = cells.date("order_date", true);
        if (cells.text("amount").isEmpty()) {
            cells.required("amount");
        }
        Optional<BigDecimal> amount = cells.amount("amount", true);
        BigDecimal cost = cells.amount("cost", true).orElse(null);
        BigDecimal paid = cells.amount("paid_amount", true).orElse(null);
        LocalDate due = cells.date("due_date", true).orElse(null);
        String externalId = cells.text("external_id");
        IncomingOrder order = new IncomingOrder(row.row(), externalId.isEmpty() ? null : externalId, customer,
                date.orElse(null), amount.orElse(null), cost, paid, due);
        return RowResult.of(row, order, cells.problems());
    }
}
