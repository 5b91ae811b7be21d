package org.callsheet.ui.analysis;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.callsheet.logic.classification.ChurnWarning;
import org.callsheet.logic.classification.CustomerRef;
import org.callsheet.logic.classification.KeyCustomerLost;
import org.callsheet.logic.classify.CreditRisk;
import org.callsheet.logic.classify.PotentialBigCustomer;
import org.callsheet.logic.classify.ServiceValue;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;

/** The warning and nurture lists, one tab each; a click on an entry opens that customer in the book. */
final class CustomerLists {
    private final I18n i18n;
    private final LongConsumer open;

    CustomerLists(I18n i18n, LongConsumer open) {
        this.i18n = i18n;
        this.open = open;
    }

    TabPane create(AnalysisData data) {
        TabPane tabs = new TabPane();
        tabs.setId("analysisLists");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("churn", data.churn(),
                        column("analysis.column.status", (ChurnWarning w) -> StatusLabels.label(i18n, w.status())),
                        column("analysis.column.revenue", (ChurnWarning w) -> money(w.revenue12m())),
                        column("analysis.column.recency", (ChurnWarning w) ->
                                w.recencyDays() == null ? "" : String.valueOf(w.recencyDays()))),
                tab("potentialBig", data.potentialBig(),
                        column("analysis.column.lastContact", (PotentialBigCustomer p) -> date(p.lastContact())),
                        column("analysis.column.lastOrder", (PotentialBigCustomer p) -> date(p.lastOrder()))),
                tab("negativeValue", data.negativeValue(),
                        column("analysis.column.grossProfit", (ServiceValue v) -> money(v.grossProfit())),
                        column("analysis.column.serviceCost", (ServiceValue v) -> money(v.serviceCost())),
                        column("analysis.column.value", (ServiceValue v) -> money(v.value()))),
                tab("creditRisk", data.creditRisk(),
                        column("analysis.column.overdueAmount", (CreditRisk r) -> money(r.overdueAmount())),
                        column("analysis.column.daysOverdue", (CreditRisk r) -> String.valueOf(r.maxDaysOverdue()))),
                tab("keyLost", data.keyLost(),
                        column("analysis.column.formerStatus",
                                (KeyCustomerLost k) -> StatusLabels.label(i18n, k.formerStatus())),
                        column("analysis.column.asOf", (KeyCustomerLost k) -> date(k.asOf()))));
        return tabs;
    }

    @SafeVarargs
    private <T> Tab tab(String key, List<CustomerRef<T>> rows, TableColumn<CustomerRef<T>, String>... details) {
        TableView<CustomerRef<T>> table = new TableView<>();
        table.setId("list-" + key);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("analysis.list.empty")));
        table.getColumns().add(column("analysis.column.externalId", (CustomerRef<T> r) -> r.externalId(), true));
        table.getColumns().add(column("analysis.column.name", (CustomerRef<T> r) -> r.name(), true));
        for (TableColumn<CustomerRef<T>, String> c : details) {
            table.getColumns().add(c);
        }
        table.getItems().setAll(rows);
        table.setRowFactory(view -> {
            TableRow<CustomerRef<T>> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    open.accept(row.getItem().customerId());
                }
            });
            return row;
        });
        Tab tab = new Tab(i18n.format("analysis.list." + key, rows.size()), table);
        tab.setId("tab-" + key);
        return tab;
    }

    private <T> TableColumn<CustomerRef<T>, String> column(String key, Function<T, String> value) {
        return column(key, (CustomerRef<T> r) -> value.apply(r.detail()), true);
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, boolean whole) {
        TableColumn<R, String> column = new TableColumn<>(i18n.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(whole);
        return column;
    }

    private String money(java.math.BigDecimal amount) {
        return amount == null ? "" : i18n.format("analysis.money", amount);
    }

    private String date(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
