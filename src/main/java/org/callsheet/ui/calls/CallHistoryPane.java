package org.callsheet.ui.calls;

import org.callsheet.logic.reminders.CallServices;
import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.model.Call;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The calls of one customer, newest first, for the customer editor's call history tab: log a new
 * call, correct one (F2, double click) or delete one (Delete, after asking).
 */
public final class CallHistoryPane {
    private final CallServices services;
    private final TaskRunner runner;
    private final long customerId;
    private final ObservableList<CallLine> calls = FXCollections.observableArrayList();
    private final BorderPane root = new BorderPane();
    private final Label placeholder = new Label();
    private final String failedText;

    /** What the pane asks of the window. */
    public interface Actions {
        void logCall();

        void editCall(CallLine line);

        void deleteCall(CallLine line);
    }

    public CallHistoryPane(CallServices services, TaskRunner runner, long customerId, I18n i18n, ZoneId zone,
                           Actions actions) {
        this.services = services;
        this.runner = runner;
        this.customerId = customerId;
        TableView<CallLine> table = new TableView<>(calls);
        table.setId("call-history");
        placeholder.setText(i18n.get("callHistory.empty"));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        this.failedText = i18n.get("callHistory.error.load");
        table.getColumns().add(CallsView.column(i18n, "callLog.column.when", 130,
                l -> i18n.dates().dateTime(l.call().startedAt(), zone)));
        table.getColumns().add(CallsView.column(i18n, "callLog.column.outcome", 110,
                l -> CallLabels.outcome(i18n, l.outcome())));
        table.getColumns().add(CallsView.column(i18n, "callLog.column.number", 120, l -> l.call().numberInput()));
        table.getColumns().add(CallsView.column(i18n, "callLog.column.duration", 84,
                l -> CallTimes.format(Duration.ofSeconds(l.call().durationSeconds()))));
        table.getColumns().add(CallsView.column(i18n, "callLog.column.caller", 80, l -> l.call().caller()));
        table.getColumns().add(CallsView.column(i18n, "callLog.column.needs", 220,
                l -> String.join(" · ", java.util.stream.Stream.of(l.call().needs(), l.call().notes(),
                        l.call().nextStep()).filter(s -> !s.isBlank()).toList())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<CallLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.editCall(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            CallLine selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER)) {
                actions.editCall(selected);
                e.consume();
            } else if (selected != null && e.getCode() == KeyCode.DELETE) {
                actions.deleteCall(selected);
                e.consume();
            }
        });
        Button log = new Button(i18n.get("callHistory.log"), new FontIcon(Feather.PHONE_CALL));
        log.setId("call-history-log");
        log.getStyleClass().add(Styles.SMALL);
        log.setOnAction(e -> actions.logCall());
        Button edit = button(i18n, "callLog.edit", Feather.EDIT_2, table, actions::editCall);
        edit.setId("call-history-edit");
        Button delete = button(i18n, "callLog.delete", Feather.TRASH_2, table, actions::deleteCall);
        delete.setId("call-history-delete");
        HBox bar = new HBox(8, log, edit, delete);
        bar.setPadding(new Insets(8, 0, 8, 0));
        root.setTop(bar);
        root.setCenter(table);
        refresh();
    }

    private static Button button(I18n i18n, String key, Feather icon, TableView<CallLine> table,
                                 Consumer<CallLine> action) {
        Button b = new Button(i18n.get(key), new FontIcon(icon));
        b.getStyleClass().add(Styles.SMALL);
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> action.accept(table.getSelectionModel().getSelectedItem()));
        return b;
    }

    public ObservableList<CallLine> calls() {
        return calls;
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        runner.submit(context -> {
            OutcomeSettings outcomes = services.outcomes().get();
            List<Call> found = services.log().callsOf(customerId);
            return found.stream().map(c -> new CallLine(c, "", outcomes.choiceOf(c))).toList();
        }, WorkCallbacks.<List<CallLine>>of(calls::setAll, error -> {
            calls.clear();
            placeholder.setText(failedText);
            placeholder.getStyleClass().add(Styles.DANGER);
        }));
    }
}
