package org.callsheet.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.funnel.FunnelTexts;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Funnel part of the Settings screen: per stage its default probability and stale days, with
 * the messages beside the fields, and the lost reasons (Delete removes the selected one,
 * Alt+Up/Down moves it). Built-in reasons show their name in the screen's language.
 */
final class FunnelSettingsSection {
    private final FunnelSettingsViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(10);

    FunnelSettingsSection(FunnelSettingsViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label(i18n.get("settings.funnel.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(i18n.get("settings.funnel.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        FormGrid stages = new FormGrid(i18n, 2);
        for (Stage stage : Stage.values()) {
            String name = i18n.get(FunnelTexts.stage(stage));
            stages.addLabelled(i18n.format("settings.funnel.probability", name),
                    number("settingsProbability" + stage.name(), model.probabilityProperty(stage)), model.errors(),
                    FunnelSettingsViewModel.probabilityField(stage));
            stages.addLabelled(i18n.format("settings.funnel.staleDays", name),
                    number("settingsStaleDays" + stage.name(), model.staleDaysProperty(stage)), model.errors(),
                    FunnelSettingsViewModel.staleDaysField(stage));
        }
        root.getChildren().addAll(title, hint, stages.node(), reasons());
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

    /** A built-in reason by its name in this language, the rep's own as written. */
    private String shown(String reason) {
        return FunnelSettings.BUILT_IN_REASONS.contains(reason) ? i18n.get(FunnelTexts.lostReason(reason)) : reason;
    }

    private Node reasons() {
        Label heading = new Label(i18n.get("settings.funnel.lostReasons"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<String> list = new ListView<>(model.lostReasons());
        list.setId("settingsLostReasons");
        list.setPrefHeight(190);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shown(item));
            }
        });
        list.setOnKeyPressed(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i < 0) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                model.removeReason(i);
                e.consume();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                list.getSelectionModel().select(model.moveReason(i, e.getCode() == KeyCode.UP ? -1 : 1));
                e.consume();
            }
        });
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        Button remove = new Button(i18n.get("settings.funnel.remove"), new FontIcon(Feather.TRASH_2));
        remove.setId("settingsLostReasonRemove");
        remove.disableProperty().bind(none);
        remove.setOnAction(e -> model.removeReason(list.getSelectionModel().getSelectedIndex()));
        Button up = new Button(i18n.get("settings.calls.up"), new FontIcon(Feather.ARROW_UP));
        up.disableProperty().bind(none);
        up.setOnAction(e -> list.getSelectionModel().select(
                model.moveReason(list.getSelectionModel().getSelectedIndex(), -1)));
        Button down = new Button(i18n.get("settings.calls.down"), new FontIcon(Feather.ARROW_DOWN));
        down.disableProperty().bind(none);
        down.setOnAction(e -> list.getSelectionModel().select(
                model.moveReason(list.getSelectionModel().getSelectedIndex(), 1)));
        VBox side = new VBox(6, remove, up, down);
        side.getChildren().forEach(n -> ((Button) n).setMaxWidth(Double.MAX_VALUE));
        HBox listRow = new HBox(8, list, side);
        HBox.setHgrow(list, Priority.ALWAYS);

        TextField reason = new TextField();
        reason.setId("settingsNewLostReason");
        reason.setPromptText(i18n.get("settings.funnel.newReason.prompt"));
        reason.textProperty().bindBidirectional(model.newReasonProperty());
        Button add = new Button(i18n.get("settings.funnel.newReason.add"), new FontIcon(Feather.PLUS));
        add.setId("settingsNewLostReasonAdd");
        add.setOnAction(e -> model.addReason(this::shown));
        reason.setOnAction(e -> model.addReason(this::shown));
        HBox addRow = new HBox(8, reason, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(reason, Priority.ALWAYS);
        return new VBox(6, heading, listRow, FormGrid.errorLabel(i18n, model.errors(), "lostReasons"), addRow,
                FormGrid.errorLabel(i18n, model.errors(), "newReason"));
    }
}
