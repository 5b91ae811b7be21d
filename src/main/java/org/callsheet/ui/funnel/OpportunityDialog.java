package org.callsheet.ui.funnel;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
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
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.CustomerRow;
import org.callsheet.ui.calls.CallCustomerPicker;
import org.callsheet.ui.calls.CallLabels;
import org.callsheet.ui.common.DatePickers;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.common.Stylesheets;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window to open or edit an opportunity: customer, title, amount, owner, source, expected close,
 * stage, probability (the stage's default until another is typed), next step, notes; Won, Lost (with
 * a reason), Reopen; the history of a stored one. Ctrl+S or Save stores it, Esc closes.
 */
public final class OpportunityDialog {
    private final OpportunityDialogViewModel model;
    private final FunnelLabels labels;
    private final ZoneId zone;
    private final Consumer<Opportunity> changed;
    private final Stage stage = new Stage();
    private final TextField customerField = new TextField();
    private final TextField title = new TextField();

    public OpportunityDialog(OpportunityDialogViewModel model, FunnelLabels labels, Window owner, ZoneId zone,
                             Consumer<Opportunity> changed) {
        this.model = model;
        this.labels = labels;
        this.zone = zone;
        this.changed = changed;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        var i18n = labels.i18n();
        stage.titleProperty().bind(Bindings.createStringBinding(() -> model.isNew()
                ? i18n.get("funnel.dialog.titleNew")
                : i18n.format("funnel.dialog.titleEdit", model.storedProperty().get().terms().title()),
                model.storedProperty()));
        BorderPane root = new BorderPane();
        root.setId("opportunity-dialog");
        root.setPadding(new Insets(14));
        root.setTop(header());
        root.setCenter(body());
        root.setBottom(buttons());
        Scene scene = new Scene(root, 780, 720);
        Stylesheets.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), this::closeIfAllowed);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
    }

    private void closeIfAllowed() {
        if (mayClose()) {
            stage.close();
        }
    }

    /** Closing loses what the rep typed: asks first when there is any. */
    private boolean mayClose() {
        var i18n = labels.i18n();
        return !model.hasUnsavedInput() || new Dialogs(stage, i18n).confirm(i18n.get("funnel.discard.title"),
                i18n.get("funnel.discard.header"), i18n.get("funnel.discard.body"), "funnel.discard.confirm", true);
    }

    public void show() {
        stage.show();
        if (!model.customerGiven()) {
            customerField.requestFocus();
        } else {
            title.requestFocus();
        }
    }

    public Stage stage() {
        return stage;
    }

    private Node header() {
        Label state = new Label();
        state.setId("opportunity-state");
        state.getStyleClass().add("status-badge");
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            Opportunity o = model.storedProperty().get();
            if (o == null) {
                return "";
            }
            String text = labels.status(o.state().status());
            return o.state().status() == OpportunityStatus.LOST
                    ? text + " · " + labels.reason(o.state().lostReason()) : text;
        }, model.storedProperty()));
        state.visibleProperty().bind(model.storedProperty().isNotNull());
        HBox box = new HBox(10, state);
        box.setAlignment(Pos.CENTER_LEFT);
        box.managedProperty().bind(state.visibleProperty());
        BorderPane.setMargin(box, new Insets(0, 0, 8, 0));
        return box;
    }

    private Node body() {
        var i18n = labels.i18n();
        var errors = model.errors();
        FormGrid grid = new FormGrid(i18n, 2);
        grid.addWide("funnel.field.customer", customerBox(), errors, "customer");
        title.setId("opportunity-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        grid.addWide("funnel.field.title", title, errors, "title");
        TextField amount = text(model.amountProperty(), "opportunity-amount");
        amount.setPromptText("12800.00");
        grid.add("funnel.field.amount", amount, errors, "amount");
        grid.add("funnel.field.owner", text(model.ownerProperty(), "opportunity-owner"), null, null);
        ComboBox<OpportunitySource> source = new ComboBox<>(FXCollections.observableArrayList(OpportunitySource.values()));
        source.setId("opportunity-source");
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setConverter(CallLabels.converter(labels::source));
        source.setMaxWidth(Double.MAX_VALUE);
        grid.add("funnel.field.source", source, null, null);
        DatePicker close = DatePickers.create(labels.i18n());
        close.setId("opportunity-close");
        close.valueProperty().bindBidirectional(model.expectedCloseProperty());
        close.setMaxWidth(Double.MAX_VALUE);
        grid.add("funnel.field.expectedClose", close, null, null);
        ComboBox<org.callsheet.model.Stage> stageBox = new ComboBox<>(FXCollections.observableArrayList(
                org.callsheet.model.Stage.values()));
        stageBox.setId("opportunity-stage");
        stageBox.valueProperty().bindBidirectional(model.stageProperty());
        stageBox.setConverter(CallLabels.converter(labels::stage));
        stageBox.setMaxWidth(Double.MAX_VALUE);
        stageBox.disableProperty().bind(Bindings.createBooleanBinding(() -> model.storedProperty().get() != null
                && !model.storedProperty().get().isOpen(), model.storedProperty()));
        grid.add("funnel.field.stage", stageBox, null, null);
        TextField probability = text(model.probabilityProperty(), "opportunity-probability");
        probability.disableProperty().bind(stageBox.disableProperty());
        grid.add("funnel.field.probability", probability, errors, "probability");
        grid.addWide("funnel.field.nextStep", text(model.nextStepProperty(), "opportunity-next-step"), null, null);
        TextArea notes = new TextArea();
        notes.setId("opportunity-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(model.notesProperty());
        grid.addWide("funnel.field.notes", notes, null, null);

        Label historyTitle = new Label(i18n.get("funnel.history.title"));
        historyTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox history = new VBox(6, historyTitle, HistoryTable.create(model.history(), labels, zone));
        history.visibleProperty().bind(model.storedProperty().isNotNull());
        history.managedProperty().bind(history.visibleProperty());
        VBox content = new VBox(12, grid.node(), history);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node customerBox() {
        CallCustomerPicker picker = model.picker();
        customerField.setId("opportunity-customer");
        customerField.setPromptText(labels.i18n().get("funnel.field.customer.prompt"));
        customerField.textProperty().bindBidirectional(picker.queryProperty());
        customerField.disableProperty().bind(model.storedProperty().isNotNull());
        ListView<CustomerRow> hits = new ListView<>(picker.hits());
        hits.setPrefHeight(110);
        hits.setFocusTraversable(false);
        hits.setCellFactory(v -> CallLabels.cell(r -> r.name() + (r.phone() == null || r.phone().isBlank()
                ? "" : "  ·  " + r.phone())));
        hits.visibleProperty().bind(Bindings.isNotEmpty(picker.hits()));
        hits.managedProperty().bind(hits.visibleProperty());
        customerField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && picker.chosenProperty().get() == null && !picker.hits().isEmpty()) {
                CustomerRow selected = hits.getSelectionModel().getSelectedItem();
                picker.choose(selected != null ? selected : picker.hits().getFirst());
                title.requestFocus();
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
                title.requestFocus();
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

    private Node buttons() {
        var i18n = labels.i18n();
        Label failure = FormGrid.errorLabel(i18n, model.errors(), "form");
        Button won = new Button(i18n.get("funnel.action.won"), new FontIcon(Feather.AWARD));
        won.setId("opportunity-won");
        won.getStyleClass().add(Styles.SUCCESS);
        won.setOnAction(e -> model.win(this::closeWith));
        Button lost = new Button(i18n.get("funnel.action.lost"), new FontIcon(Feather.X_CIRCLE));
        lost.setId("opportunity-lost");
        lost.getStyleClass().add(Styles.DANGER);
        lost.setOnAction(e -> LostReasonDialog.ask(model.titleProperty().get(), model.lostReasons(), labels,
                new Dialogs(stage, i18n)).ifPresent(reason -> model.lose(reason, this::closeWith)));
        Button reopen = new Button(i18n.get("funnel.action.reopen"), new FontIcon(Feather.ROTATE_CCW));
        reopen.setId("opportunity-reopen");
        reopen.setOnAction(e -> model.reopen(changed));
        var open = Bindings.createBooleanBinding(() -> model.storedProperty().get() != null
                && model.storedProperty().get().isOpen(), model.storedProperty());
        var closed = Bindings.createBooleanBinding(() -> model.storedProperty().get() != null
                && !model.storedProperty().get().isOpen(), model.storedProperty());
        for (Button b : new Button[] {won, lost}) {
            b.visibleProperty().bind(open);
            b.managedProperty().bind(open);
        }
        reopen.visibleProperty().bind(closed);
        reopen.managedProperty().bind(closed);
        Button cancel = new Button(i18n.get("common.cancel"));
        cancel.setId("opportunity-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> closeIfAllowed());
        Button save = new Button(i18n.get("common.save"), new FontIcon(Feather.CHECK));
        save.setId("opportunity-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, won, lost, reopen, failure, spacer, cancel, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    private void save() {
        model.save(this::closeWith);
    }

    private void closeWith(Opportunity o) {
        stage.close();
        changed.accept(o);
    }

    private static TextField text(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
