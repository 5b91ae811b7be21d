package org.callsheet.ui.today;

import atlantafx.base.theme.Styles;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.callsheet.logic.reminders.CallListEntry;
import org.callsheet.logic.reminders.ChecklistItem;
import org.callsheet.model.FollowUp;
import org.callsheet.ui.calls.CallTimes;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.callsheet.ui.calls.DateTimeField;
import org.callsheet.ui.calls.FiguresBar;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Today screen: agenda with follow-up actions on the left, today's call list on the right,
 * the end-of-day checklist below, today's figures on top.
 */
public final class TodayView {

    /** What the screen asks of the window. */
    public interface Actions {
        /** Opens the call dialog for this customer (null: choose in the dialog). */
        void logCall(Long customerId);

        void openCustomer(long customerId);
    }

    private final TodayViewModel model;
    private final I18n i18n;
    private final ZoneId zone;
    private final Dialogs dialogs;
    private final Actions actions;
    private final BorderPane root = new BorderPane();
    private final ListView<AgendaLine> agenda;
    private final ListView<CallListEntry> callList;

    public TodayView(TodayViewModel model, I18n i18n, ZoneId zone, Dialogs dialogs, Actions actions) {
        this.model = model;
        this.i18n = i18n;
        this.zone = zone;
        this.dialogs = dialogs;
        this.actions = actions;
        root.setId("today-screen");
        root.setPadding(new Insets(16));
        agenda = new ListView<>(model.agenda());
        agenda.setId("today-agenda");
        agenda.setCellFactory(v -> new AgendaCell(i18n, zone));
        agenda.setPlaceholder(new Label(i18n.get("today.agenda.empty")));
        callList = new ListView<>(model.callList());
        callList.setId("today-call-list");
        callList.setCellFactory(v -> new CallListCell(i18n));
        callList.setPlaceholder(new Label(i18n.get("today.callList.empty")));
        root.setTop(header());
        HBox columns = new HBox(16, section("today.agenda", agenda, followUpActions()),
                section("today.callList", callList, callListActions()));
        columns.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox center = new VBox(16, columns, checklist());
        VBox.setVgrow(columns, Priority.ALWAYS);
        root.setCenter(center);
        wireKeys();
    }

    public Node node() {
        return root;
    }

    /** Puts the keyboard focus on the call list (or the agenda when the list is empty). */
    public void focus() {
        (model.callList().isEmpty() ? agenda : callList).requestFocus();
    }

    private Node header() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.dateProperty().get() == null
                ? i18n.get("today.title") : i18n.format("today.titleWithDate", i18n.dates().weekdayDate(
                model.dateProperty().get())),
                model.dateProperty()));
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setOnAction(e -> model.refresh());
        refresh.setAccessibleText(i18n.get("today.refresh"));
        refresh.setTooltip(new javafx.scene.control.Tooltip(i18n.get("today.refresh")));
        Button log = new Button(i18n.get("today.logCall"), new FontIcon(Feather.PHONE_CALL));
        log.setId("today-log-call");
        log.getStyleClass().add(Styles.ACCENT);
        log.setOnAction(e -> actions.logCall(null));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(12, title, refresh, spacer, FiguresBar.create(i18n, model.figuresProperty(),
                "today-figures"), log);
        if (model.countsVisits()) {
            head.getChildren().add(4, visitsTile());
        }
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(0, 0, 12, 0));
        return head;
    }

    private static VBox section(String key, Node body, Node actions, I18n i18n) {
        Label title = new Label(i18n.get(key));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(6, title, actions, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private VBox section(String key, Node body, Node buttons) {
        return section(key, body, buttons, i18n);
    }

    private Node followUpActions() {
        Button complete = button("today.followUp.complete", Feather.CHECK, () -> selectedDue().ifPresent(model::complete));
        Button snooze = button("today.followUp.snooze", Feather.CLOCK, () -> selectedDue().ifPresent(model::snooze));
        Button reschedule = button("today.followUp.reschedule", Feather.CALENDAR,
                () -> selectedDue().ifPresent(this::askReschedule));
        Button cancel = button("today.followUp.cancel", Feather.X, () -> selectedDue().ifPresent(model::cancel));
        for (Button b : new Button[] {complete, snooze, reschedule, cancel}) {
            b.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !(agenda.getSelectionModel().getSelectedItem() instanceof AgendaLine.Due),
                    agenda.getSelectionModel().selectedItemProperty()));
        }
        complete.setId("today-complete");
        return new HBox(6, complete, snooze, reschedule, cancel);
    }

    private Node callListActions() {
        Button log = button("today.callList.log", Feather.PHONE_OUTGOING, () -> {
            CallListEntry e = callList.getSelectionModel().getSelectedItem();
            if (e != null) {
                actions.logCall(e.customer().id());
            }
        });
        log.setId("today-call-list-log");
        log.disableProperty().bind(callList.getSelectionModel().selectedItemProperty().isNull());
        Button open = button("today.callList.open", Feather.USER, () -> {
            CallListEntry e = callList.getSelectionModel().getSelectedItem();
            if (e != null) {
                actions.openCustomer(e.customer().id());
            }
        });
        open.disableProperty().bind(callList.getSelectionModel().selectedItemProperty().isNull());
        return new HBox(6, log, open);
    }

    private Button button(String key, Feather icon, Runnable action) {
        Button b = new Button(i18n.get(key), new FontIcon(icon));
        b.getStyleClass().add(Styles.SMALL);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Optional<FollowUp> selectedDue() {
        return agenda.getSelectionModel().getSelectedItem() instanceof AgendaLine.Due d
                ? Optional.of(d.followUp()) : Optional.empty();
    }

    private void askReschedule(FollowUp followUp) {
        StringProperty text = new SimpleStringProperty(
                CallTimes.format(LocalDateTime.ofInstant(followUp.effectiveAt(), zone).plusDays(1)));
        Dialog<ButtonType> ask = new Dialog<>();
        dialogs.prepare(ask, i18n.get("today.followUp.reschedule"));
        ask.setHeaderText(i18n.get("today.reschedule.question"));
        ask.getDialogPane().setContent(new DateTimeField(text, "reschedule-at", i18n).node());
        ask.getDialogPane().getButtonTypes().setAll(ButtonType.OK,
                ButtonType.CANCEL);
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            Optional<LocalDateTime> when = CallTimes.parse(text.get());
            if (when.isEmpty() || !model.reschedule(followUp, when.get())) {
                dialogs.error(i18n.get("today.followUp.reschedule"), i18n.get("today.reschedule.invalid"));
            }
        });
    }

    private Node checklist() {
        Label title = new Label(i18n.get("today.checklist"));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox items = new VBox(4);
        items.setId("today-checklist");
        Runnable fill = () -> {
            items.getChildren().clear();
            if (model.checklist().isEmpty()) {
                Label none = new Label(i18n.get("today.checklist.empty"));
                none.getStyleClass().add(Styles.TEXT_MUTED);
                items.getChildren().add(none);
            }
            for (ChecklistItem item : model.checklist()) {
                CheckBox box = new CheckBox(i18n.get(item.kind().messageKey()) + " — " + item.customer().name());
                box.setSelected(item.done());
                box.selectedProperty().addListener((obs, old, now) -> model.setDone(item, now));
                items.getChildren().add(box);
            }
        };
        model.checklist().addListener((ListChangeListener<ChecklistItem>) c -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(150);
        return new VBox(6, title, scroll);
    }

    private void wireKeys() {
        callList.setOnKeyPressed(e -> {
            CallListEntry entry = callList.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && entry != null) {
                actions.logCall(entry.customer().id());
                e.consume();
            }
        });
        callList.setOnMouseClicked(e -> {
            CallListEntry entry = callList.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && entry != null) {
                actions.logCall(entry.customer().id());
            }
        });
        agenda.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && agenda.getSelectionModel().getSelectedItem() instanceof AgendaLine.Due d) {
                actions.logCall(d.followUp().customerId());
                e.consume();
            }
        });
    }

    /** Today's visits planned and done, beside the call figures. */
    private javafx.scene.Node visitsTile() {
        Label number = new Label();
        number.setId("today-figures-visits");
        number.getStyleClass().add(Styles.TITLE_3);
        number.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.visitsProperty().get() == null ? "–" : i18n.format("visits.figures.value",
                        model.visitsProperty().get().planned(), model.visitsProperty().get().done()),
                model.visitsProperty()));
        Label caption = new Label(i18n.get("visits.figures.caption"));
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        javafx.scene.layout.VBox tile = new javafx.scene.layout.VBox(0, number, caption);
        tile.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6; -fx-padding: 6 14 6 14;");
        return tile;
    }
}
