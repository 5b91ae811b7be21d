package org.callsheet.ui.imports;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.event.EventHandler;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.callsheet.logic.csv.CsvMessages;
import org.callsheet.logic.csv.FieldSpec;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.ui.i18n.I18n;

/**
 * One row per file column: its name, the field it feeds (or "ignore"), which the user can change,
 * and a plain "not imported" beside every column that feeds nothing. A drop-down's choice applies
 * only when committed (Enter, or a click on an entry): moving through the list with the arrow keys
 * changes nothing yet, since a field taken by one column is taken from another; Esc, or leaving the
 * drop-down, puts back the column's current field.
 */
final class MappingGrid {
    private static final String IGNORE = "";

    private final GridPane grid = new GridPane();
    private final ImportViewModel model;
    private final I18n i18n;
    private final CsvMessages csv;
    private List<String> shownColumns = List.of();
    private String shownEntity = "";
    private final List<ComboBox<String>> boxes = new ArrayList<>();
    private final List<Label> ignoredMarks = new ArrayList<>();

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
            String field = committed(i);
            if (!Objects.equals(boxes.get(i).getValue(), field)) {
                boxes.get(i).setValue(field);
            }
            ignoredMarks.get(i).setVisible(field.isEmpty());
        }
    }

    private void build(HeaderMapping mapping) {
        grid.getChildren().clear();
        boxes.clear();
        ignoredMarks.clear();
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
            box.setCellFactory(list -> committingCell(mapping.entity().id(), column));
            box.setValue(mapping.fieldOf(i).orElse(IGNORE));
            EventHandler<KeyEvent> keys = e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    commit(column, box.getValue());
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    box.setValue(committed(column));
                }
            };
            box.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            // the open list takes the keys itself
            box.skinProperty().addListener((obs, old, skin) -> {
                if (skin instanceof ComboBoxListViewSkin<?> listSkin) {
                    listSkin.getPopupContent().addEventFilter(KeyEvent.KEY_PRESSED, keys);
                }
            });
            box.showingProperty().addListener((obs, was, showing) -> {
                if (!showing) {
                    restore(column);
                }
            });
            box.focusedProperty().addListener((obs, had, has) -> {
                if (!has) {
                    restore(column);
                }
            });
            boxes.add(box);
            Label ignored = new Label(i18n.get("importui.mapping.ignored"));
            ignored.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
            ignored.setId("ignored-" + i);
            ignored.setVisible(mapping.fieldOf(i).isEmpty());
            ignoredMarks.add(ignored);
            grid.addRow(i + 1, new Label(mapping.columns().get(i)), box, ignored);
        }
    }

    /** The field the column feeds in the model's mapping ("" when ignored). */
    private String committed(int column) {
        HeaderMapping mapping = model.mappingProperty().get();
        return mapping == null ? IGNORE : mapping.fieldOf(column).orElse(IGNORE);
    }

    private void commit(int column, String field) {
        if (grid.getScene() != null) { // not a grid left behind by a language change
            model.mapColumn(column, field == null || field.isEmpty() ? null : field);
        }
    }

    /** Puts back the column's field when the drop-down shows a choice that was not committed. */
    private void restore(int column) {
        ComboBox<String> box = boxes.get(column);
        if (!box.isShowing() && !Objects.equals(box.getValue(), committed(column))) {
            box.setValue(committed(column));
        }
    }

    /** An entry of the open list that commits its field when clicked. */
    private ListCell<String> committingCell(String entityId, int column) {
        ListCell<String> cell = cell(entityId);
        cell.setOnMouseReleased(e -> {
            if (!cell.isEmpty()) {
                commit(column, cell.getItem());
            }
        });
        return cell;
    }

    private Label header(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
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
