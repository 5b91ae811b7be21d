package org.callsheet.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.profile.EmptyFields;
import org.callsheet.logic.sheets.profile.SheetLanguage;
import org.callsheet.logic.sheets.profile.SheetSection;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.i18n.I18n;

/** The profile sheets part of the Settings screen: sections to print, empty fields, paper and language. */
final class SheetSettingsSection {
    private final VBox root = new VBox(10);

    SheetSettingsSection(SheetSettingsViewModel model, I18n i18n) {
        Label title = new Label(i18n.get("settings.sheets.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(i18n.get("settings.sheets.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);

        FlowPane sections = new FlowPane(16, 6);
        sections.setId("settingsSheetSections");
        for (SheetSection section : SheetSection.values()) {
            CheckBox box = new CheckBox(i18n.get(section.messageKey()));
            box.setId("settingsSheetSection-" + section.code());
            box.selectedProperty().bindBidirectional(model.shownProperty(section));
            sections.getChildren().add(box);
        }

        ComboBox<EmptyFields> empty = combo("settingsSheetEmptyFields", EmptyFields.values(),
                e -> i18n.get("sheets.empty." + e.code()));
        empty.valueProperty().bindBidirectional(model.emptyFieldsProperty());
        ComboBox<Paper> paper = combo("settingsSheetPaper", Paper.values(), p -> i18n.get("sheets.paper." + p.code()));
        paper.valueProperty().bindBidirectional(model.paperProperty());
        ComboBox<SheetLanguage> language = combo("settingsSheetLanguage", SheetLanguage.values(),
                l -> i18n.get("settings.sheets.language." + l.code()));
        language.valueProperty().bindBidirectional(model.languageProperty());

        FormGrid form = new FormGrid(i18n, 2)
                .add("sheets.preview.emptyFields", empty, null, null)
                .add("sheets.preview.paper", paper, null, null)
                .add("sheets.preview.language", language, null, null);
        Label sectionsLabel = new Label(i18n.get("sheets.preview.sections"));
        sectionsLabel.getStyleClass().add(Styles.TEXT_BOLD);
        root.getChildren().addAll(title, hint, sectionsLabel, sections, form.node());
    }

    Node node() {
        return root;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> text) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(values);
        combo.setCellFactory(l -> cell(text));
        combo.setButtonCell(cell(text));
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
