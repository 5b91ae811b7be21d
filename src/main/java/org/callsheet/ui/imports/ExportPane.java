package org.callsheet.ui.imports;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.callsheet.ui.common.DatePickers;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.exports.ExportRequest;
import org.callsheet.ui.i18n.I18n;

/** The export form. */
final class ExportPane {
    private final GridPane grid = new GridPane();

    ExportPane(ExportViewModel model, I18n i18n) {
        ComboBox<String> entity = new ComboBox<>();
        entity.getItems().setAll(StandardEntities.CUSTOMERS_ID, StandardEntities.CONTACTS_ID,
                StandardEntities.ORDERS_ID, StandardEntities.CALLS_ID, StandardEntities.VISITS_ID,
                StandardEntities.ORDERS_ID, StandardEntities.OPPORTUNITIES_ID, StandardEntities.CALLS_ID,
                StandardEntities.REMINDERS_ID);
        entity.setConverter(Converters.of(id -> i18n.get("importui.entity." + id)));
        entity.valueProperty().bindBidirectional(model.entityProperty());
        ComboBox<ExportRequest.Encoding> encoding = new ComboBox<>();
        encoding.getItems().setAll(ExportRequest.Encoding.values());
        encoding.setConverter(Converters.of(e -> i18n.get("importui.export.encoding." + e.name())));
        encoding.valueProperty().bindBidirectional(model.encodingProperty());
        ComboBox<ExportRequest.Headers> headers = new ComboBox<>();
        headers.getItems().setAll(ExportRequest.Headers.values());
        headers.setConverter(Converters.of(h -> i18n.get("importui.export.headers." + h.name())));
        headers.valueProperty().bindBidirectional(model.headersProperty());
        DatePicker since = DatePickers.create(i18n);
        since.valueProperty().bindBidirectional(model.sinceProperty());
        Button export = new Button(i18n.get("importui.export.run"));
        export.setId("export-run");
        export.disableProperty().bind(model.busyProperty());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("importui.export.run"));
            chooser.setInitialFileName(model.entityProperty().get() + ".csv");
            File target = chooser.showSaveDialog(grid.getScene().getWindow());
            if (target != null) {
                model.export(target.toPath());
            }
        });
        Button cancel = new Button(i18n.get("importui.cancel"));
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        Label message = new Label();
        message.setId("export-message");
        message.textProperty().bind(model.messageProperty());
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(i18n.get("importui.entity")), entity);
        grid.addRow(1, new Label(i18n.get("importui.encoding")), encoding);
        grid.addRow(2, new Label(i18n.get("importui.export.headers")), headers);
        grid.addRow(3, new Label(i18n.get("importui.export.since")), since);
        grid.addRow(4, export, ImportExportView.row(cancel, message));
    }

    Node node() {
        return grid;
    }
}
