package org.callsheet.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.callsheet.logic.visits.StartPlaces;
import org.callsheet.logic.visits.TravelSettings;
import org.callsheet.logic.visits.VisitRules;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;

/** The Visits and travel part of the Settings screen, each message beside its field. */
final class TravelSettingsSection {
    private final TravelSettingsViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(10);

    TravelSettingsSection(TravelSettingsViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label(i18n.get("settings.travel.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(i18n.get("settings.travel.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);

        FormGrid starts = new FormGrid(i18n, 1);
        starts.add("settings.travel.office", field(StartPlaces.OFFICE, 30, "settings.travel.start.prompt"),
                model.errors(), StartPlaces.OFFICE);
        starts.add("settings.travel.home", field(StartPlaces.HOME, 30, "settings.travel.start.prompt"),
                model.errors(), StartPlaces.HOME);

        FormGrid day = new FormGrid(i18n, 2);
        add(day, "settings.travel.dayStart", TravelSettings.DAY_START, "settings.travel.time.prompt");
        add(day, "settings.travel.dayEnd", TravelSettings.DAY_END, "settings.travel.time.prompt");
        add(day, "settings.travel.lunchFrom", TravelSettings.LUNCH_FROM, "settings.travel.time.prompt");
        add(day, "settings.travel.lunchTo", TravelSettings.LUNCH_TO, "settings.travel.time.prompt");
        add(day, "settings.travel.lunchMinutes", TravelSettings.LUNCH_MINUTES, null);
        add(day, "settings.travel.speed", TravelSettings.SPEED_KMH, null);
        add(day, "settings.travel.roadFactor", TravelSettings.ROAD_FACTOR, null);

        FormGrid tiers = new FormGrid(i18n, 2);
        for (CustomerStatus tier : TravelSettings.VISIT_TIERS) {
            String key = TravelSettings.VISIT_MINUTES_PREFIX + tier.name();
            tiers.addLabelled(i18n.format("settings.travel.visitMinutes", StatusLabels.label(i18n, tier)),
                    field(key, 5, null), model.errors(), key);
        }
        String others = TravelSettings.VISIT_MINUTES_PREFIX + TravelSettings.OTHER_TIERS;
        tiers.add("settings.travel.visitMinutes.others", field(others, 5, null), model.errors(), others);
        FormGrid intervals = new FormGrid(i18n, 2);
        for (CustomerStatus tier : VisitRules.TIERS) {
            String key = VisitRules.INTERVAL_DAYS_PREFIX + tier.name();
            intervals.addLabelled(i18n.format("settings.travel.intervalDays", StatusLabels.label(i18n, tier)),
                    field(key, 5, null), model.errors(), key);
        }
        Label intervalHint = new Label(i18n.get("settings.travel.intervalHint"));
        intervalHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        intervalHint.setWrapText(true);
        root.getChildren().addAll(title, hint, starts.node(), day.node(), tiers.node(), intervals.node(), intervalHint);
    }

    Node node() {
        return root;
    }

    private void add(FormGrid grid, String labelKey, String key, String promptKey) {
        grid.add(labelKey, field(key, 6, promptKey), model.errors(), key);
    }

    private TextField field(String key, int columns, String promptKey) {
        TextField field = new TextField();
        field.setId("settingsTravel-" + key);
        field.setPrefColumnCount(columns);
        if (promptKey != null) {
            field.setPromptText(i18n.get(promptKey));
        }
        field.textProperty().bindBidirectional(model.field(key));
        return field;
    }
}
