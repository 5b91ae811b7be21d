package org.callsheet.ui.imports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.callsheet.logic.csv.imports.ImportBatch;
import org.callsheet.ui.i18n.I18n;

/** The imports made, newest first, and Undo for the newest one still standing. */
final class HistoryPane {
    private final VBox box = new VBox(8);

    HistoryPane(ImportViewModel model, I18n i18n) {
        DateTimeFormatter when = i18n.dates().dateTimeFormatter().withZone(ZoneId.systemDefault());
        TableView<ImportBatch> table = new TableView<>(model.history());
        table.setId("import-history");
        table.setPlaceholder(new Label(i18n.get("importui.history.none")));
        table.getColumns().add(column(i18n.get("importui.history.batch"), 70, b -> String.valueOf(b.id())));
        table.getColumns().add(column(i18n.get("importui.history.file"), 180, ImportBatch::fileName));
        table.getColumns().add(column(i18n.get("importui.history.what"), 90,
                b -> i18n.get("importui.entity." + b.entityId())));
        table.getColumns().add(column(i18n.get("importui.history.when"), 140, b -> when.format(b.startedAt())));
        table.getColumns().add(column(i18n.get("importui.history.counts"), 330, b -> i18n.format(
                "importui.history.countsText", b.counts().read(), b.counts().inserted(), b.counts().updated(),
                b.counts().merged(), b.counts().rejected())));
        table.getColumns().add(column(i18n.get("importui.history.undone"), 80,
                b -> b.undone() ? i18n.get("importui.history.yes") : ""));
        Button undo = new Button(i18n.get("importui.undoLast"));
        undo.setId("import-undo-last");
        undo.disableProperty().bind(model.busyProperty());
        undo.setOnAction(e -> model.undoLast());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        box.setPadding(new Insets(16));
        box.getChildren().addAll(table, ImportExportView.row(undo, message));
    }

    private static TableColumn<ImportBatch, String> column(String title, double width,
                                                          java.util.function.Function<ImportBatch, String> text) {
        TableColumn<ImportBatch, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new SimpleStringProperty(text.apply(row.getValue())));
        return column;
    }

    Node node() {
        return box;
    }
}
