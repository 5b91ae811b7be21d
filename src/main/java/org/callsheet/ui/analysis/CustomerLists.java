package org.callsheet.ui.analysis;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.callsheet.logic.classification.ChurnWarning;
import org.callsheet.logic.classification.ClassificationOverride;
import org.callsheet.logic.classification.CustomerRef;
import org.callsheet.logic.classification.KeyCustomerLost;
import org.callsheet.logic.classification.rules.CreditRisk;
import org.callsheet.logic.classification.rules.PotentialBigCustomer;
import org.callsheet.logic.classification.rules.ServiceValue;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;

/** The warning and nurture lists, one tab each; a click on an entry opens that customer in the book. */
final class CustomerLists {
    private final I18n i18n;
    private final LongConsumer open;
    private final AnalysisViewModel model;

    CustomerLists(I18n i18n, AnalysisViewModel model) {
        this.i18n = i18n;
        this.open = model::openCustomer;
        this.model = model;
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
                        column("analysis.column.asOf", (KeyCustomerLost k) -> date(k.asOf()))),
                tab("overrides", data.overrides(),
                        column("analysis.column.status",
                                (ClassificationOverride o) -> StatusLabels.label(i18n, o.status())),
                        column("analysis.column.reason", ClassificationOverride::reason)));
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
                if (!row.isEmpty() && e.getButton() == MouseButton.PRIMARY) {
                    open.accept(row.getItem().customerId());
                }
            });
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(menu(row)));
            return row;
        });
        // the lists hold at most LIST_LIMIT entries; the customer book shows all of them
        String count = rows.size() >= AnalysisData.LIST_LIMIT ? AnalysisData.LIST_LIMIT + "+" : String.valueOf(rows.size());
        Tab tab = new Tab(i18n.format("analysis.list." + key, count), table);
        tab.setId("tab-" + key);
        return tab;
    }

    /** Right-click on an entry: set a manual status, or clear it on the overrides list. */
    private <T> ContextMenu menu(TableRow<CustomerRef<T>> row) {
        MenuItem set = new MenuItem(i18n.get("analysis.override.menu"));
        set.setOnAction(e -> {
            CustomerRef<T> ref = row.getItem();
            CustomerStatus current = ref.detail() instanceof ClassificationOverride o ? o.status() : null;
            OverrideDialog.ask(row.getScene().getWindow(), i18n, ref.name(), current)
                    .ifPresent(answer -> model.setOverride(ref.customerId(), answer.status(), answer.reason()));
        });
        MenuItem clear = new MenuItem(i18n.get("analysis.override.clear"));
        clear.setOnAction(e -> model.clearOverride(row.getItem().customerId()));
        clear.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> row.getItem() != null && row.getItem().detail() instanceof ClassificationOverride,
                row.itemProperty()));
        return new ContextMenu(set, clear);
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
        return i18n.dates().date(d);
    }
}
