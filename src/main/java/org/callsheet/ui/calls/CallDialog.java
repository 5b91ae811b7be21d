package org.callsheet.ui.calls;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.callsheet.ui.common.DatePickers;
import org.callsheet.logic.calls.CallTexts;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.Contact;
import org.callsheet.model.CustomerRow;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The compact window to log a call. Keyboard first: type the customer and Enter takes the first
 * hit, Ctrl+1…7 picks the outcome, Enter saves, Esc cancels; the duplicate-call warning stands at
 * the top as soon as the customer is known.
 */
public final class CallDialog {
    private final CallDialogViewModel model;
    private final I18n i18n;
    private final Dialer dialer;
    private final ZoneId zone;
    private final Stage stage = new Stage();
    private final Timeline ticker;
    private final TextField customerField = new TextField();
    private ComboBox<OutcomeChoice> outcomeBox;
    private HBox buttonBar;

    public CallDialog(CallDialogViewModel model, I18n i18n, Window owner, Dialer dialer, ZoneId zone,
                      Consumer<Call> saved) {
        this.model = model;
        this.i18n = i18n;
        this.dialer = dialer;
        this.zone = zone;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(i18n.get(model.editProperty().get() ? "callDialog.editTitle" : "callDialog.title"));
        BorderPane root = new BorderPane();
        root.setPadding(new Insets(14));
        root.setTop(warnings());
        root.setCenter(form());
        root.setBottom(buttons(saved));
        root.setId("call-dialog");
        Scene scene = new Scene(root, 800, 660);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        addOutcomeShortcuts(scene);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        stage.setOnHidden(e -> ticker.stop());
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
    }

    /** Closing loses what the rep typed and a running timer: asks first when there is any. */
    private boolean mayClose() {
        if (!model.hasUnsavedInput()) {
            return true;
        }
        return new Dialogs(stage, i18n).confirm(i18n.get("callDialog.discard.title"),
                i18n.get("callDialog.discard.header"), i18n.get(model.timer().isRunning()
                        ? "callDialog.discard.bodyTimer" : "callDialog.discard.body"),
                "callDialog.discard.confirm", true);
    }

    public void show() {
        stage.show();
        stage.requestFocus();
        if (model.editProperty().get()) {
            outcomeBox.requestFocus();
        } else {
            customerField.requestFocus();
        }
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Offers "Open an opportunity" once the customer is chosen and the rep noted an interest level:
     * the opportunity dialog opens over this one with the customer, the needs and the next step.
     */
    public void offerOpportunity(OpportunityOpener opener) {
        Button open = new Button(i18n.get("callDialog.openOpportunity"), new FontIcon(Feather.TRENDING_UP));
        open.setId("call-open-opportunity");
        open.disableProperty().bind(model.picker().chosenProperty().isNull().or(model.interestProperty().isNull()));
        open.setOnAction(e -> opener.open(model.picker().chosenProperty().get().id(), model.needsProperty().get(),
                model.nextStepProperty().get(), stage));
        buttonBar.getChildren().add(buttonBar.getChildren().size() - 2, open);
    }

    private Node warnings() {
        VBox box = new VBox(4);
        box.getStyleClass().add("call-warning");
        box.setId("call-warnings");
        box.setPadding(new Insets(8, 10, 8, 10));
        box.setStyle("-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-emphasis;"
                + " -fx-background-radius: 6; -fx-border-radius: 6;");
        Label title = new Label(i18n.get("callDialog.warning.title"), new FontIcon(Feather.ALERT_TRIANGLE));
        title.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
        VBox lines = new VBox(2);
        Runnable fill = () -> lines.getChildren().setAll(model.warnings().stream()
                .map(w -> (Node) new Label(CallLabels.warning(i18n, w, zone))).toList());
        model.warnings().addListener((javafx.collections.ListChangeListener<Object>) c -> fill.run());
        fill.run();
        box.getChildren().addAll(title, lines);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.warnings()));
        box.managedProperty().bind(box.visibleProperty());
        BorderPane.setMargin(box, new Insets(0, 0, 10, 0));
        return box;
    }

    private Node form() {
        FormGrid grid = new FormGrid(i18n, 2);
        var errors = model.errors();
        grid.addWide("callDialog.customer", customerBox(), errors, "customer");

        ComboBox<Contact> contact = new ComboBox<>(model.contacts());
        contact.setId("call-contact");
        contact.valueProperty().bindBidirectional(model.contactProperty());
        contact.setConverter(CallLabels.converter(CallLabels::contact));
        contact.setMaxWidth(Double.MAX_VALUE);
        grid.add("callDialog.contact", contact, null, null);

        ComboBox<String> number = new ComboBox<>(model.numbers());
        number.setEditable(true);
        number.setId("call-number");
        number.valueProperty().bindBidirectional(model.numberProperty());
        number.setMaxWidth(Double.MAX_VALUE);
        Button dial = new Button(i18n.get("callDialog.dial"), new FontIcon(Feather.PHONE_OUTGOING));
        dial.setId("call-dial");
        dial.setOnAction(e -> model.dial(dialer));
        dial.setMinWidth(Region.USE_PREF_SIZE);
        HBox numberRow = new HBox(6, number, dial);
        HBox.setHgrow(number, Priority.ALWAYS);
        grid.add("callDialog.number", numberRow, errors, "number");

        ComboBox<CallDirection> direction = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                CallDirection.values()));
        direction.valueProperty().bindBidirectional(model.directionProperty());
        direction.setConverter(CallLabels.converter(d -> i18n.get(CallTexts.direction(d))));
        grid.add("callDialog.direction", direction, null, null);

        ComboBox<OutcomeChoice> outcome = new ComboBox<>(model.outcomes());
        outcome.setId("call-outcome");
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        outcome.setConverter(CallLabels.converter(o -> (model.outcomes().indexOf(o) + 1) + "  "
                + CallLabels.outcome(i18n, o)));
        outcomeBox = outcome;
        grid.add("callDialog.outcome", outcome, null, null);

        DateTimeField start = new DateTimeField(model.startProperty(), "call-start", i18n);
        start.node().setMinWidth(230);
        Button timer = new Button();
        timer.setId("call-timer");
        timer.setMinWidth(Region.USE_PREF_SIZE);
        timer.textProperty().bind(Bindings.when(model.timer().runningProperty())
                .then(i18n.get("callDialog.timer.stop")).otherwise(i18n.get("callDialog.timer.start")));
        timer.setOnAction(e -> {
            if (model.timer().isRunning()) {
                model.stopTimer();
            } else {
                model.startTimer();
            }
        });
        HBox startRow = new HBox(6, start.node(), timer);
        grid.addWide("callDialog.start", startRow, errors, "startedAt");

        TextField duration = new TextField();
        duration.setId("call-duration");
        duration.textProperty().bindBidirectional(model.durationProperty());
        grid.add("callDialog.duration", duration, errors, "durationSeconds");

        TextField needs = new TextField();
        needs.setId("call-needs");
        needs.textProperty().bindBidirectional(model.needsProperty());
        grid.addWide("callDialog.needs", needs, errors, "needs");

        ComboBox<Attitude> attitude = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                nullable(Attitude.values())));
        attitude.valueProperty().bindBidirectional(model.attitudeProperty());
        attitude.setConverter(CallLabels.converter(a -> i18n.get(CallTexts.attitude(a))));
        attitude.setButtonCell(CallLabels.cell(a -> i18n.get(CallTexts.attitude(a))));
        grid.add("callDialog.attitude", attitude, null, null);

        ComboBox<Integer> interest = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                nullable(new Integer[] {1, 2, 3, 4, 5})));
        interest.valueProperty().bindBidirectional(model.interestProperty());
        interest.setConverter(CallLabels.converter(String::valueOf));
        interest.setButtonCell(CallLabels.cell(String::valueOf));
        grid.add("callDialog.interest", interest, errors, "interestLevel");

        CheckBox visit = new CheckBox(i18n.get("callDialog.visit.yes"));
        visit.setId("call-visit");
        visit.selectedProperty().bindBidirectional(model.visitOpportunityProperty());
        DatePicker visitDate = DatePickers.create(i18n);
        visitDate.valueProperty().bindBidirectional(model.visitDateProperty());
        visitDate.disableProperty().bind(visit.selectedProperty().not());
        HBox visitRow = new HBox(10, visit, visitDate);
        visitRow.setAlignment(Pos.CENTER_LEFT);
        grid.addWide("callDialog.visit", visitRow, errors, "proposedVisitDate");

        TextArea notes = new TextArea();
        notes.setId("call-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());
        grid.addWide("callDialog.notes", notes, errors, "notes");

        TextField nextStep = new TextField();
        nextStep.textProperty().bindBidirectional(model.nextStepProperty());
        grid.addWide("callDialog.nextStep", nextStep, errors, "nextStep");

        CheckBox followUp = new CheckBox(i18n.get("callDialog.followUp.yes"));
        followUp.setId("call-follow-up");
        followUp.selectedProperty().bindBidirectional(model.followUpProperty());
        DateTimeField followUpAt = new DateTimeField(model.followUpAtProperty(), "call-follow-up-at", i18n);
        followUpAt.node().disableProperty().bind(followUp.selectedProperty().not());
        HBox followRow = new HBox(10, followUp, followUpAt.node());
        // a correction never plans reminders
        followRow.setDisable(model.editProperty().get());
        followRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(followUpAt.node(), Priority.ALWAYS);
        grid.addWide("callDialog.followUp", followRow, errors, "followUp");

        grid.node().getChildren().stream().filter(n -> n instanceof Label l && l.getLabelFor() != null)
                .forEach(n -> ((Label) n).setMnemonicParsing(true));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid.node());
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: transparent;");
        return scroll;
    }

    @SafeVarargs
    private static <T> List<T> nullable(T... values) {
        java.util.ArrayList<T> out = new java.util.ArrayList<>();
        out.add(null);
        out.addAll(List.of(values));
        return out;
    }

    private Node customerBox() {
        CallCustomerPicker picker = model.picker();
        customerField.setId("call-customer");
        customerField.setPromptText(i18n.get("callDialog.customer.prompt"));
        customerField.textProperty().bindBidirectional(picker.queryProperty());
        customerField.setDisable(model.editProperty().get());
        ListView<CustomerRow> hits = new ListView<>(picker.hits());
        hits.setId("call-customer-hits");
        hits.setPrefHeight(120);
        hits.setFocusTraversable(false);
        hits.setCellFactory(v -> CallLabels.cell(r -> r.name() + (r.phone() == null || r.phone().isBlank()
                ? "" : "  ·  " + r.phone()) + "  ·  " + join(r.province(), r.city(), r.district())));
        hits.visibleProperty().bind(Bindings.isNotEmpty(picker.hits()));
        hits.managedProperty().bind(hits.visibleProperty());
        customerField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && picker.chosenProperty().get() == null) {
                if (!picker.hits().isEmpty()) {
                    CustomerRow selected = hits.getSelectionModel().getSelectedItem();
                    picker.choose(selected != null ? selected : picker.hits().getFirst());
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !picker.hits().isEmpty()) {
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        hits.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && hits.getSelectionModel().getSelectedItem() != null) {
                picker.choose(hits.getSelectionModel().getSelectedItem());
                customerField.requestFocus();
                e.consume();
            }
        });
        hits.setOnMouseClicked(e -> {
            if (hits.getSelectionModel().getSelectedItem() != null) {
                picker.choose(hits.getSelectionModel().getSelectedItem());
            }
        });
        return new VBox(4, customerField, hits);
    }

    private static String join(String... parts) {
        return String.join(" ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private Node buttons(Consumer<Call> saved) {
        Label hint = new Label(i18n.get(model.editProperty().get() ? "callDialog.editHint" : "callDialog.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        Label failure = FormGrid.errorLabel(i18n, model.errors(), "form");
        Button save = new Button(i18n.get(model.editProperty().get() ? "callDialog.saveCorrection" : "callDialog.save"),
                new FontIcon(Feather.CHECK));
        save.setId("call-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save(call -> {
            stage.close();
            saved.accept(call);
        }));
        Button cancel = new Button(i18n.get("common.cancel"));
        cancel.setId("call-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (mayClose()) {
                stage.close();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox texts = new VBox(2, failure, hint);
        HBox bar = new HBox(8, texts, spacer, cancel, save);
        buttonBar = bar;
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    private void addOutcomeShortcuts(Scene scene) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < Math.min(digits.length, model.outcomes().size()); i++) {
            OutcomeChoice o = model.outcomes().get(i);
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> model.outcomeProperty().set(o));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), () -> {
            if (model.timer().isRunning()) {
                model.stopTimer();
            } else {
                model.startTimer();
            }
        });
    }
}
