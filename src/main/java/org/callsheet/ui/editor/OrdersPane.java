package org.callsheet.ui.editor;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.callsheet.model.Order;
import org.callsheet.ui.i18n.I18n;

/** The customer's orders, read-only. */
final class OrdersPane {
    private final BorderPane root = new BorderPane();

    OrdersPane(CustomerEditorViewModel model, I18n i18n) {
        DateTimeFormatter dates = i18n.dates().dateFormatter();
        NumberFormat money = NumberFormat.getNumberInstance(i18n.language().locale());
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        Function<BigDecimal, String> amount = v -> v == null ? "" : money.format(v);

        TableView<Order> table = new TableView<>(model.orders().sorted(
                (a, b) -> b.date().compareTo(a.date())));
        table.setId("ordersTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("orders.empty")));
        table.getColumns().setAll(java.util.List.of(
                column(i18n, "orders.date", o -> dates.format(o.date()), false),
                column(i18n, "orders.amount", o -> amount.apply(o.amount()), true),
                column(i18n, "orders.cost", o -> amount.apply(o.cost()), true),
                column(i18n, "orders.paid", o -> amount.apply(o.paidAmount()), true),
                column(i18n, "orders.due", o -> o.dueDate() == null ? "" : dates.format(o.dueDate()), false)));
        root.setCenter(table);
        root.setPadding(new Insets(8));
    }

    BorderPane node() {
        return root;
    }

    private static TableColumn<Order, String> column(I18n i18n, String key, Function<Order, String> value,
                                                     boolean numeric) {
        TableColumn<Order, String> column = new TableColumn<>(i18n.get(key));
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        if (numeric) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }
}
