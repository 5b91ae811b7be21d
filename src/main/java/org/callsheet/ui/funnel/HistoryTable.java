package org.callsheet.ui.funnel;

import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.callsheet.model.OpportunityChange;

/** An opportunity's history as a table: when, who, the stage it moved from and to, the amount then, the expected close, the status. */
final class HistoryTable {
    private HistoryTable() {
    }

    static TableView<OpportunityChange> create(ObservableList<OpportunityChange> history, FunnelLabels labels,
                                               ZoneId zone) {
        var i18n = labels.i18n();
        TableView<OpportunityChange> table = new TableView<>(history);
        table.setId("opportunityHistory");
        table.setPlaceholder(new javafx.scene.control.Label(i18n.get("funnel.history.empty")));
        table.getColumns().add(column(i18n.get("funnel.history.when"), c -> labels.dateTime(c.at(), zone)));
        table.getColumns().add(column(i18n.get("funnel.history.by"), OpportunityChange::by));
        table.getColumns().add(column(i18n.get("funnel.history.stage"), c -> c.fromStage() == null
                ? labels.stage(c.toStage())
                : c.stageChanged() ? labels.stage(c.fromStage()) + " → " + labels.stage(c.toStage())
                : labels.stage(c.toStage())));
        table.getColumns().add(column(i18n.get("funnel.history.amount"), c -> c.fromAmount() != null
                && c.fromAmount().compareTo(c.amount()) != 0
                ? labels.money(c.fromAmount()) + " → " + labels.money(c.amount()) : labels.money(c.amount())));
        table.getColumns().add(column(i18n.get("funnel.history.close"), c -> labels.date(c.toClose())));
        table.getColumns().add(column(i18n.get("funnel.history.status"), c -> labels.status(c.status())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        return table;
    }

    private static TableColumn<OpportunityChange, String> column(String title, Function<OpportunityChange, String> text) {
        TableColumn<OpportunityChange, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}
