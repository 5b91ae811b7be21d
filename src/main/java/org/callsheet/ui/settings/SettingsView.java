package org.callsheet.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.common.Theme;

/** The settings screen: the rep and the look, the Calls part, visits and travel, profile sheets, the Funnel part and the classification thresholds; one Save for all. */
public final class SettingsView {
    private final VBox root = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(root);
    private final javafx.scene.layout.BorderPane page = new javafx.scene.layout.BorderPane(scroll);

    /**
     * @param thresholds     the classification thresholds, saved and reverted with the rest
     * @param thresholdsView their section, shown below the Calls part
     */
    public SettingsView(SettingsViewModel model, CallSettingsViewModel calls, FunnelSettingsViewModel funnel,
                        ClassificationSettingsViewModel thresholds, I18n i18n, Consumer<Boolean> applied,
                        Node thresholdsView) {
        Label title = new Label(i18n.get("nav.settings"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(i18n.get("settings.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);

        TextField repName = new TextField();
        repName.setId("settingsRepName");
        repName.textProperty().bindBidirectional(model.repNameProperty());
        ComboBox<Language> language = languageCombo(i18n);
        language.setId("settingsLanguage");
        language.valueProperty().bindBidirectional(model.languageProperty());
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settingsTheme");
        theme.getItems().setAll(Theme.values());
        theme.setCellFactory(l -> themeCell(i18n));
        theme.setButtonCell(themeCell(i18n));
        theme.valueProperty().bindBidirectional(model.themeProperty());
        theme.setMaxWidth(Double.MAX_VALUE);

        FormGrid form = new FormGrid(i18n, 1)
                .add("settings.repName", repName, model.errors(), "repName")
                .add("settings.language", language, null, null)
                .add("settings.theme", theme, null, null);
        form.node().setMaxWidth(520);

        Node callsSection = new CallSettingsSection(calls, i18n).node();
        ((javafx.scene.layout.Region) callsSection).setMaxWidth(720);
        Node travelSection = new TravelSettingsSection(model.travel(), i18n).node();
        ((javafx.scene.layout.Region) travelSection).setMaxWidth(720);
        Node sheetsSection = new SheetSettingsSection(model.sheets(), i18n).node();
        ((javafx.scene.layout.Region) sheetsSection).setMaxWidth(720);

        Node funnelSection = new FunnelSettingsSection(funnel, i18n).node();
        ((javafx.scene.layout.Region) funnelSection).setMaxWidth(720);
        List<SettingsPart> parts = model.parts();
        parts.forEach(SettingsPart::load);
        BooleanExpression partsChanged = BooleanExpression.booleanExpression(new SimpleBooleanProperty(false));
        BooleanExpression partsSaving = BooleanExpression.booleanExpression(new SimpleBooleanProperty(false));
        for (SettingsPart part : parts) {
            partsChanged = partsChanged.or(part.changedProperty());
            partsSaving = partsSaving.or(part.savingProperty());
        }
        var changed = model.changedBinding().or(calls.changedProperty()).or(funnel.changedProperty())
                .or(thresholds.changedBinding()).or(partsChanged);
        Button revert = new Button(i18n.get("settings.revert"));
        revert.disableProperty().bind(changed.not());
        revert.setOnAction(e -> {
            model.revert();
            calls.revert();
            funnel.revert();
            thresholds.revert();
            parts.forEach(SettingsPart::revert);
        });
        Button save = new Button(i18n.get("common.save"));
        save.setId("settingsSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(changed.not().or(model.savingProperty()).or(calls.savingProperty())
                .or(funnel.savingProperty()).or(thresholds.busyProperty()).or(partsSaving));
        // thresholds, calls, the funnel and the other parts, then the rest: a language change rebuilds the
        // screen (and reloads it); a part that does not validate stops the chain with its messages beside the fields
        save.setOnAction(e -> saveThresholds(thresholds, () -> saveCalls(calls, () -> saveFunnel(funnel,
                () -> saveParts(parts, () -> {
            if (model.changedBinding().get()) {
                // applied learns whether the language changed (the window then rebuilds its texts)
                model.save(applied);
            }
        })))));
        HBox buttons = new HBox(8, revert, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMaxWidth(720);

        root.getChildren().addAll(title, intro, form.node(), new Separator(), callsSection, new Separator(),
                travelSection, new Separator(), sheetsSection, new Separator(), funnelSection, new Separator(),
                thresholdsView);
        root.setPadding(new Insets(16, 20, 16, 20));
        root.setFillWidth(true);
        scroll.setFitToWidth(true);
        // Save and Revert stay in sight however far the form is scrolled
        buttons.setPadding(new Insets(10, 20, 12, 20));
        page.setBottom(buttons);
        page.setId("settings-screen");
    }

    public Node node() {
        return page;
    }

    /** Adds a section below the others, such as the backups (which act at once, without Save). */
    public SettingsView withSection(Node section) {
        root.getChildren().addAll(new Separator(), section);
        return this;
    }

    private static void saveThresholds(ClassificationSettingsViewModel thresholds, Runnable then) {
        if (thresholds.changedBinding().get()) {
            thresholds.save(then);
        } else {
            then.run();
        }
    }

    /** Saves the changed parts one after another, then runs {@code then}; a part that does not validate stops it. */
    private static void saveParts(List<SettingsPart> parts, Runnable then) {
        if (parts.isEmpty()) {
            then.run();
            return;
        }
        SettingsPart first = parts.getFirst();
        Runnable rest = () -> saveParts(parts.subList(1, parts.size()), then);
        if (first.changedProperty().get()) {
            first.save(rest);
        } else {
            rest.run();
        }
    }

    private static void saveCalls(CallSettingsViewModel calls, Runnable then) {
        if (calls.changedProperty().get()) {
            calls.save(then);
        } else {
            then.run();
        }
    }

    private static void saveFunnel(FunnelSettingsViewModel funnel, Runnable then) {
        if (funnel.changedProperty().get()) {
            funnel.save(then);
        } else {
            then.run();
        }
    }

    public static ComboBox<Language> languageCombo(I18n i18n) {
        ComboBox<Language> combo = new ComboBox<>();
        combo.getItems().setAll(Language.values());
        combo.setCellFactory(l -> languageCell());
        combo.setButtonCell(languageCell());
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    private static ListCell<Language> languageCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Language item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.nativeName());
            }
        };
    }

    private static ListCell<Theme> themeCell(I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Theme item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get("theme." + item.key()));
            }
        };
    }
}
