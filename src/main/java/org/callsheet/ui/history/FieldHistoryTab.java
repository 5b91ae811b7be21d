package org.callsheet.ui.history;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.callsheet.model.CustomerField;
import org.callsheet.model.CustomerFieldChange;
import org.callsheet.ui.i18n.I18n;

/**
 * The customer editor's "History" tab: who changed which field when, old → new, newest first,
 * with a filter by field. Read when the tab is first opened, then a page at a time on request.
 */
public final class FieldHistoryTab {
    private FieldHistoryTab() {
    }

    public static Tab create(FieldHistoryViewModel model, I18n i18n, ZoneId zone) {
        FieldHistoryTexts texts = new FieldHistoryTexts(i18n, zone);
        ComboBox<CustomerField> filter = new ComboBox<>();
        filter.setId("historyFilter");
        filter.getItems().add(null);
        model.fields().addListener((javafx.collections.ListChangeListener<CustomerField>) change -> {
            CustomerField chosen = filter.getValue();
            filter.getItems().setAll(model.fields());
            filter.getItems().addFirst(null);
            filter.setValue(chosen);
        });
        filter.setCellFactory(l -> fieldCell(texts));
        filter.setButtonCell(fieldCell(texts));
        filter.setPromptText(texts.field(null));
        filter.valueProperty().bindBidirectional(model.filterProperty());
        Label filterLabel = new Label(i18n.get("history.filter"));
        filterLabel.setLabelFor(filter);
        Label note = new Label(i18n.get("history.classification"));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        HBox top = new HBox(8, filterLabel, filter);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<CustomerFieldChange> table = new TableView<>(model.entries());
        table.setId("fieldHistory");
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() != null
                ? i18n.get(model.failureProperty().get().key())
                : model.loadingProperty().get() ? "" : i18n.get("history.empty"),
                model.failureProperty(), model.loadingProperty()));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(i18n, "history.column.when", texts::when, 150));
        table.getColumns().add(column(i18n, "history.column.who", texts::who, 150));
        table.getColumns().add(column(i18n, "history.column.field", c -> texts.field(c.change().field()), 100));
        table.getColumns().add(column(i18n, "history.column.change", texts::change, 300));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label shown = new Label();
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        shown.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() != null
                ? i18n.get(model.failureProperty().get().key())
                : i18n.format("history.shown", model.entries().size()), model.entries(), model.failureProperty()));
        Button more = new Button(i18n.get("history.more"));
        more.setId("historyMore");
        more.visibleProperty().bind(model.moreProperty());
        more.disableProperty().bind(model.loadingProperty());
        more.setOnAction(e -> model.loadMore());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, shown, spacer, more);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(10, top, table, bottom, note);
        box.setPadding(new Insets(12));
        Tab tab = new Tab(i18n.get("history.tab"), box);
        tab.setId("fieldHistoryTab");
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && !loadedOnce(tab)) {
                model.load();
            }
        });
        return tab;
    }

    /** True from the second call on: the history is read when the tab is first shown, not with the editor. */
    private static boolean loadedOnce(Tab tab) {
        boolean before = tab.getProperties().containsKey(FieldHistoryTab.class);
        tab.getProperties().put(FieldHistoryTab.class, Boolean.TRUE);
        return before;
    }

    private static ListCell<CustomerField> fieldCell(FieldHistoryTexts texts) {
        return new ListCell<>() {
            @Override
            protected void updateItem(CustomerField item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : texts.field(item));
            }
        };
    }

    private static TableColumn<CustomerFieldChange, String> column(I18n i18n, String key,
                                                                  Function<CustomerFieldChange, String> value,
                                                                  double width) {
        TableColumn<CustomerFieldChange, String> column = new TableColumn<>(i18n.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
