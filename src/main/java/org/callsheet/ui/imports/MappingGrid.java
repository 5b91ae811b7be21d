package org.callsheet.ui.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.callsheet.logic.csv.CsvMessages;
import org.callsheet.logic.csv.FieldSpec;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.ui.i18n.I18n;

/** One row per file column: its name and the field it feeds (or "ignore"), which the user can change. */
final class MappingGrid {
    private static final String IGNORE = "";

    private final GridPane grid = new GridPane();
    private final ImportViewModel model;
    private final I18n i18n;
    private final CsvMessages csv;
    private List<String> shownColumns = List.of();
    private String shownEntity = "";
    private final List<ComboBox<String>> boxes = new ArrayList<>();

    MappingGrid(ImportViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.csv = new CsvMessages(i18n.language().locale());
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setId("import-mapping");
        model.mappingProperty().addListener((obs, old, now) -> show(now));
        show(model.mappingProperty().get());
    }

    GridPane node() {
        return grid;
    }

    private void show(HeaderMapping mapping) {
        if (mapping == null) {
            grid.getChildren().clear();
            shownColumns = List.of();
            return;
        }
        if (!mapping.columns().equals(shownColumns) || !mapping.entity().id().equals(shownEntity)) {
            build(mapping);
        }
        for (int i = 0; i < boxes.size(); i++) {
            String field = mapping.fieldOf(i).orElse(IGNORE);
            if (!Objects.equals(boxes.get(i).getValue(), field)) {
                boxes.get(i).setValue(field);
            }
        }
    }

    private void build(HeaderMapping mapping) {
        grid.getChildren().clear();
        boxes.clear();
        shownColumns = mapping.columns();
        shownEntity = mapping.entity().id();
        grid.addRow(0, header("importui.mapping.column"), header("importui.mapping.field"));
        List<String> choices = new ArrayList<>();
        choices.add(IGNORE);
        mapping.entity().fields().stream().map(FieldSpec::id).forEach(choices::add);
        for (int i = 0; i < mapping.columns().size(); i++) {
            int column = i;
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(choices);
            box.setConverter(converter(mapping.entity().id()));
            box.setButtonCell(cell(mapping.entity().id()));
            box.setId("map-" + i);
            box.setValue(mapping.fieldOf(i).orElse(IGNORE));
            box.valueProperty().addListener((obs, old, now) -> {
                if (box.getScene() != null) { // not a grid left behind by a language change
                    model.mapColumn(column, now == null || now.isEmpty() ? null : now);
                }
            });
            boxes.add(box);
            grid.addRow(i + 1, new Label(mapping.columns().get(i)), box);
        }
    }

    private Label header(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        return label;
    }

    private StringConverter<String> converter(String entityId) {
        return new StringConverter<>() {
            @Override
            public String toString(String field) {
                return field == null || field.isEmpty() ? i18n.get("importui.mapping.ignore")
                        : csv.fieldLabel(entityId, field);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private ListCell<String> cell(String entityId) {
        StringConverter<String> converter = converter(entityId);
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : converter.toString(item));
            }
        };
    }
}
