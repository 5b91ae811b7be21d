package org.callsheet.ui.calls;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.callsheet.ui.common.DatePickers;
import org.callsheet.logic.calls.CallTexts;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Calls screen: filters, the day's figures and the searchable call log. */
public final class CallsView {

    /** What the screen asks of the window. */
    public interface Actions {
        void openCustomer(long customerId);

        void logCall(Long customerId);

        /** Opens the call dialog on a logged call to correct it. */
        void editCall(CallLine line);

        /** Deletes a logged call after asking. */
        void deleteCall(CallLine line);
    }

    private final BorderPane root = new BorderPane();
    private TableView<CallLine> table;

    public CallsView(CallsViewModel model, I18n i18n, ZoneId zone, Actions actions) {
        root.setId("calls-screen");
        root.setPadding(new Insets(16));
        Label title = new Label(i18n.get("callLog.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Button log = new Button(i18n.get("callLog.log"), new FontIcon(Feather.PHONE_CALL));
        log.getStyleClass().add(Styles.ACCENT);
        log.setOnAction(e -> actions.logCall(null));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(12, title, spacer, FiguresBar.create(i18n, model.figuresProperty(), "calls-figures"),
                log);
        head.setAlignment(Pos.CENTER_LEFT);

        DatePicker from = DatePickers.create(i18n);
        from.setPrefWidth(DatePickers.PREF_WIDTH);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = DatePickers.create(i18n);
        to.setPrefWidth(DatePickers.PREF_WIDTH);
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<OutcomeChoice> outcome = new ComboBox<>();
        Runnable fillOutcomes = () -> {
            List<OutcomeChoice> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.outcomeChoices());
            OutcomeChoice chosen = model.outcomeProperty().get();
            outcome.getItems().setAll(items);
            outcome.setValue(chosen);
        };
        fillOutcomes.run();
        model.outcomeChoices().addListener((ListChangeListener<OutcomeChoice>) c -> fillOutcomes.run());
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        String all = i18n.get("callLog.allOutcomes");
        outcome.setConverter(CallLabels.converter(o -> CallLabels.outcome(i18n, o), all));
        outcome.setCellFactory(v -> CallLabels.cell(o -> CallLabels.outcome(i18n, o), all));
        outcome.setButtonCell(CallLabels.cell(o -> CallLabels.outcome(i18n, o), all));
        ComboBox<String> rep = new ComboBox<>(model.reps());
        rep.setEditable(true);
        rep.setPromptText(i18n.get("callLog.allReps"));
        rep.valueProperty().addListener((obs, old, now) -> model.repProperty().set(now == null ? "" : now));
        TextField text = new TextField();
        text.setId("calls-search");
        text.setPromptText(i18n.get("callLog.search"));
        text.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox filters = new HBox(8, label(i18n, "callLog.from"), from, label(i18n, "callLog.to"), to,
                outcome, rep, text);
        filters.setAlignment(Pos.CENTER_LEFT);

        table = new TableView<>(model.calls());
        // keyboard first: the focused log selects its newest call as soon as there is one
        model.calls().addListener((ListChangeListener<CallLine>) c -> {
            if (table.isFocused() && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        table.setId("calls-table");
        table.setPlaceholder(new Label(i18n.get("callLog.empty")));
        table.getColumns().add(column(i18n, "callLog.column.when", 160,
                l -> i18n.dates().dateTime(l.call().startedAt(), zone)));
        table.getColumns().add(column(i18n, "callLog.column.customer", 200, CallLine::customerName));
        table.getColumns().add(column(i18n, "callLog.column.number", 120, l -> l.call().numberInput()));
        table.getColumns().add(column(i18n, "callLog.column.direction", 80,
                l -> i18n.get(CallTexts.direction(l.call().direction()))));
        table.getColumns().add(column(i18n, "callLog.column.outcome", 110, l -> CallLabels.outcome(i18n, l.outcome())));
        table.getColumns().add(column(i18n, "callLog.column.duration", 84,
                l -> CallTimes.format(java.time.Duration.ofSeconds(l.call().durationSeconds()))));
        table.getColumns().add(column(i18n, "callLog.column.caller", 80, l -> l.call().caller()));
        table.getColumns().add(column(i18n, "callLog.column.needs", 200,
                l -> join(l.call().needs(), l.call().notes())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<CallLine> row = new TableRow<>();
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(rowMenu(i18n, row, actions)));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.openCustomer(row.getItem().call().customerId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            CallLine selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                actions.openCustomer(selected.call().customerId());
                e.consume();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.E && e.isShortcutDown()) {
                actions.editCall(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                actions.deleteCall(selected);
                e.consume();
            }
        });
        Button edit = new Button(i18n.get("callLog.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId("calls-edit");
        edit.getStyleClass().add(Styles.SMALL);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> actions.editCall(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(i18n.get("callLog.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("calls-delete");
        delete.getStyleClass().addAll(Styles.DANGER, Styles.SMALL);
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> actions.deleteCall(table.getSelectionModel().getSelectedItem()));
        Label keys = new Label(i18n.get("callLog.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox rowActions = new HBox(8, edit, delete, keys);
        rowActions.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(12, head, filters, rowActions);
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);
        root.setCenter(table);
    }

    public Node node() {
        return root;
    }

    /** Puts the keyboard on the log, on its newest call (arrows choose, F2 corrects, Delete deletes). */
    public void focus() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private static ContextMenu rowMenu(I18n i18n, TableRow<CallLine> row, Actions actions) {
        MenuItem edit = new MenuItem(i18n.get("callLog.edit"));
        edit.setOnAction(e -> actions.editCall(row.getItem()));
        MenuItem delete = new MenuItem(i18n.get("callLog.delete"));
        delete.setOnAction(e -> actions.deleteCall(row.getItem()));
        MenuItem open = new MenuItem(i18n.get("callLog.openCustomer"));
        open.setOnAction(e -> actions.openCustomer(row.getItem().call().customerId()));
        return new ContextMenu(edit, delete, open);
    }

    private static Label label(I18n i18n, String key) {
        Label label = new Label(i18n.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static String join(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + " · " + b;
    }

    static <S> TableColumn<S, String> column(I18n i18n, String key, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(i18n.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
