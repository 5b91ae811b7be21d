package org.callsheet.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.calls.CallLabels;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Calls part of the Settings screen: thresholds with their messages beside the fields, and the
 * outcome list (Space shows or hides the selected outcome, Alt+Up/Down moves it).
 */
final class CallSettingsSection {
    private final CallSettingsViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(10);

    CallSettingsSection(CallSettingsViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label(i18n.get("settings.calls.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        FormGrid numbers = new FormGrid(i18n, 2)
                .add("settings.calls.warnDays", number("settingsWarnDays", model.warnDaysProperty()), model.errors(),
                        "warnDays")
                .add("settings.calls.leadDays", number("settingsLeadDays", model.leadDaysProperty()), model.errors(),
                        "leadDays");
        for (CustomerStatus tier : CallSettingsViewModel.TIERS) {
            numbers.addLabelled(i18n.format("settings.calls.callbackDays", StatusLabels.label(i18n, tier)),
                    number("settingsCallback" + tier.name(), model.callbackDaysProperty(tier)), model.errors(),
                    "callback." + tier.name());
        }
        Label callbackHint = new Label(i18n.get("settings.calls.callbackHint"));
        callbackHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        callbackHint.setWrapText(true);
        root.getChildren().addAll(title, numbers.node(), callbackHint, outcomes());
    }

    Node node() {
        return root;
    }

    private static TextField number(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private String label(OutcomeChoice choice) {
        return CallLabels.outcome(i18n, choice);
    }

    private Node outcomes() {
        Label heading = new Label(i18n.get("settings.calls.outcomes"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = new Label(i18n.get("settings.calls.outcomesHint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);

        ListView<OutcomeSettings.Entry> list = new ListView<>(model.outcomes());
        list.setId("settingsOutcomes");
        list.setPrefHeight(250);
        list.setCellFactory(v -> new OutcomeCell());
        list.setOnKeyPressed(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.SPACE && i >= 0) {
                model.toggle(i);
                list.getSelectionModel().select(i);
                e.consume();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && i >= 0) {
                list.getSelectionModel().select(model.move(i, e.getCode() == KeyCode.UP ? -1 : 1));
                e.consume();
            }
        });
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        Button toggle = new Button(i18n.get("settings.calls.showHide"), new FontIcon(Feather.EYE));
        toggle.setId("settingsOutcomeToggle");
        toggle.disableProperty().bind(none);
        toggle.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            model.toggle(i);
            list.getSelectionModel().select(i);
        });
        Button up = new Button(i18n.get("settings.calls.up"), new FontIcon(Feather.ARROW_UP));
        up.setId("settingsOutcomeUp");
        up.disableProperty().bind(none);
        up.setOnAction(e -> list.getSelectionModel().select(model.move(list.getSelectionModel().getSelectedIndex(), -1)));
        Button down = new Button(i18n.get("settings.calls.down"), new FontIcon(Feather.ARROW_DOWN));
        down.setId("settingsOutcomeDown");
        down.disableProperty().bind(none);
        down.setOnAction(e -> list.getSelectionModel().select(model.move(list.getSelectionModel().getSelectedIndex(), 1)));
        VBox side = new VBox(6, toggle, up, down);
        side.getChildren().forEach(n -> ((Button) n).setMaxWidth(Double.MAX_VALUE));
        HBox listRow = new HBox(8, list, side);
        HBox.setHgrow(list, Priority.ALWAYS);

        TextField label = new TextField();
        label.setId("settingsNewOutcome");
        label.setPromptText(i18n.get("settings.calls.newOutcome.prompt"));
        label.textProperty().bindBidirectional(model.newLabelProperty());
        CheckBox connected = new CheckBox(i18n.get("settings.calls.newOutcome.connected"));
        connected.setId("settingsNewOutcomeConnected");
        connected.selectedProperty().bindBidirectional(model.newConnectedProperty());
        Button add = new Button(i18n.get("settings.calls.newOutcome.add"), new FontIcon(Feather.PLUS));
        add.setId("settingsNewOutcomeAdd");
        add.setOnAction(e -> model.addOutcome(this::label));
        label.setOnAction(e -> model.addOutcome(this::label));
        HBox addRow = new HBox(8, label, connected, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(label, Priority.ALWAYS);
        return new VBox(6, heading, hint, listRow, FormGrid.errorLabel(i18n, model.errors(), "outcomes"), addRow,
                FormGrid.errorLabel(i18n, model.errors(), "newOutcome"));
    }

    /** An outcome with whether it is offered, and for the rep's own ones whether they count as connected. */
    private final class OutcomeCell extends ListCell<OutcomeSettings.Entry> {
        @Override
        protected void updateItem(OutcomeSettings.Entry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            CheckBox shown = new CheckBox();
            shown.setSelected(item.visible());
            shown.setFocusTraversable(false);
            shown.setOnAction(e -> model.toggle(getIndex()));
            Label name = new Label(label(item.choice()));
            if (!item.visible()) {
                name.getStyleClass().add(Styles.TEXT_MUTED);
            }
            HBox line = new HBox(8, shown, name);
            line.setAlignment(Pos.CENTER_LEFT);
            if (item.choice().custom() != null) {
                Label kind = new Label(i18n.get(item.choice().connected() ? "settings.calls.own.connected"
                        : "settings.calls.own.attempt"));
                kind.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                line.getChildren().add(kind);
            }
            setText(null);
            setGraphic(line);
        }
    }
}
