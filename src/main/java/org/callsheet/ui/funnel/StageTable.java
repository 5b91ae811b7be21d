package org.callsheet.ui.funnel;

import java.util.function.Function;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.funnel.StageFigures;
import org.callsheet.model.Stage;

/**
 * The funnel's figures per stage as a table (reached, their amount, conversion to the next stage,
 * days in the stage, open and weighted, and the previous period's reached); the weakest step's row
 * is marked. Enter or a double click lists the opportunities behind a stage.
 */
final class StageTable {
    private StageTable() {
    }

    static TableView<StageRow> create(FunnelLabels labels, Consumer<Stage> open) {
        var i18n = labels.i18n();
        TableView<StageRow> table = new TableView<>();
        table.setId("funnelStages");
        table.setPlaceholder(new Label(""));
        TableColumn<StageRow, String> stage = column(i18n.get("funnel.field.stage"), r -> labels.stage(r.figures().stage()),
                false);
        stage.setMinWidth(150); // "Payment received", "Proposal and quote" whole
        table.getColumns().add(stage);
        table.getColumns().add(column(i18n.get("funnel.col.reached"), r -> String.valueOf(r.figures().reached()), true));
        TableColumn<StageRow, String> previous = column(i18n.get("funnel.col.previous"),
                r -> r.previous() == null ? "–" : String.valueOf(r.previous().reached()), true);
        previous.setMinWidth(125); // "Previous period" whole
        table.getColumns().add(previous);
        table.getColumns().add(column(i18n.get("funnel.col.amount"), r -> labels.money(r.figures().reachedAmount()), true));
        table.getColumns().add(column(i18n.get("funnel.col.conversion"),
                r -> r.figures().stage().isLast() ? "" : labels.percent(r.figures().conversionToNext()), true));
        table.getColumns().add(column(i18n.get("funnel.col.days"), r -> labels.days(r.figures().averageDaysInStage()), true));
        table.getColumns().add(column(i18n.get("funnel.col.open"), r -> String.valueOf(r.figures().open()), true));
        table.getColumns().add(column(i18n.get("funnel.col.weighted"), r -> labels.money(r.figures().weightedAmount()), true));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setPrefHeight(28 * 8 + 6);
        table.setRowFactory(v -> {
            TableRow<StageRow> row = new TableRow<>() {
                @Override
                protected void updateItem(StageRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("funnel-weakest");
                    if (!empty && item != null && item.weakest()) {
                        getStyleClass().add("funnel-weakest");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().figures().stage());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().figures().stage());
            }
        });
        return table;
    }

    static void fill(TableView<StageRow> table, FunnelComparison comparison) {
        if (comparison == null) {
            table.getItems().clear();
            return;
        }
        FunnelFigures now = comparison.current();
        Stage weakest = now.weakestStep().map(StageFigures::stage).orElse(null);
        table.getItems().setAll(now.stages().stream().map(s -> new StageRow(s,
                comparison.previous().map(p -> p.stages().get(s.stage().ordinal())).orElse(null),
                s.stage() == weakest)).toList());
    }

    /** One stage's figures, the previous period's (null without a comparison), and whether its step is the weakest. */
    record StageRow(StageFigures figures, StageFigures previous, boolean weakest) {
    }

    private static TableColumn<StageRow, String> column(String title, Function<StageRow, String> text, boolean number) {
        TableColumn<StageRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        if (number) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }
}
