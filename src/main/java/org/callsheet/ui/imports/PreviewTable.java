package org.callsheet.ui.imports;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.callsheet.logic.csv.CsvMessages;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.ui.i18n.I18n;

/** The first rows of the file; each column's header names the field it feeds, ignored columns say so. */
final class PreviewTable {
    private final TableView<List<String>> table = new TableView<>();
    private final I18n i18n;
    private final CsvMessages csv;

    PreviewTable(ImportViewModel model, I18n i18n) {
        this.i18n = i18n;
        this.csv = new CsvMessages(i18n.language().locale());
        table.setId("import-preview");
        table.setItems(model.previewRows());
        table.setPrefHeight(220);
        table.setPlaceholder(new javafx.scene.control.Label(i18n.get("importui.noFile")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        model.mappingProperty().addListener((obs, old, now) -> columns(now));
        columns(model.mappingProperty().get());
    }

    TableView<List<String>> node() {
        return table;
    }

    private void columns(HeaderMapping mapping) {
        table.getColumns().clear();
        if (mapping == null) {
            return;
        }
        for (int i = 0; i < mapping.columns().size(); i++) {
            int index = i;
            String field = mapping.fieldOf(i).map(f -> csv.fieldLabel(mapping.entity().id(), f))
                    .orElse(i18n.get("importui.mapping.ignore"));
            TableColumn<List<String>, String> column = new TableColumn<>(mapping.columns().get(i) + "\n→ " + field);
            column.setCellValueFactory(row -> new SimpleStringProperty(
                    index < row.getValue().size() ? row.getValue().get(index) : ""));
            column.setPrefWidth(130);
            if (mapping.fieldOf(i).isEmpty()) {
                column.setStyle("-fx-opacity: 0.5;");
            }
            table.getColumns().add(column);
        }
    }
}
