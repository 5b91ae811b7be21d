package org.callsheet.ui.calls;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.callsheet.logic.calls.CallTexts;
import org.callsheet.model.Call;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The calls of one customer, newest first, for the customer editor's call history tab. */
public final class CallHistoryPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final CallServices services;
    private final TaskRunner runner;
    private final long customerId;
    private final ObservableList<Call> calls = FXCollections.observableArrayList();
    private final BorderPane root = new BorderPane();

    public CallHistoryPane(CallServices services, TaskRunner runner, long customerId, I18n i18n, ZoneId zone,
                           Runnable logCall) {
        this.services = services;
        this.runner = runner;
        this.customerId = customerId;
        TableView<Call> table = new TableView<>(calls);
        table.setId("call-history");
        table.setPlaceholder(new Label(i18n.get("callHistory.empty")));
        table.getColumns().add(CallsView.column(i18n, "callLog.column.when", 130,
                c -> LocalDateTime.ofInstant(c.startedAt(), zone).format(WHEN)));
        table.getColumns().add(CallsView.column(i18n, "callLog.column.outcome", 110,
                c -> i18n.get(CallTexts.outcome(c.outcome()))));
        table.getColumns().add(CallsView.column(i18n, "callLog.column.number", 120, Call::numberInput));
        table.getColumns().add(CallsView.column(i18n, "callLog.column.duration", 70,
                c -> CallTimes.format(Duration.ofSeconds(c.durationSeconds()))));
        table.getColumns().add(CallsView.column(i18n, "callLog.column.caller", 80, Call::caller));
        table.getColumns().add(CallsView.column(i18n, "callLog.column.needs", 220,
                c -> String.join(" · ", java.util.stream.Stream.of(c.needs(), c.notes(), c.nextStep())
                        .filter(s -> !s.isBlank()).toList())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button log = new Button(i18n.get("callHistory.log"), new FontIcon(Feather.PHONE_CALL));
        log.setId("call-history-log");
        log.getStyleClass().add(Styles.SMALL);
        log.setOnAction(e -> logCall.run());
        HBox bar = new HBox(8, log);
        bar.setPadding(new Insets(8, 0, 8, 0));
        root.setTop(bar);
        root.setCenter(table);
        refresh();
    }

    public ObservableList<Call> calls() {
        return calls;
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        runner.submit(context -> services.log().callsOf(customerId),
                WorkCallbacks.<List<Call>>of(calls::setAll, error -> { }));
    }
}
