package org.callsheet.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.callsheet.logic.classification.ClassificationThreshold;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.i18n.I18n;

/** The Settings section with the classification thresholds, grouped by rule; the screen's Save stores them. */
public final class ClassificationSettingsPane {
    private static final double LABEL_WIDTH = 200;

    private final VBox root = new VBox(6);

    public ClassificationSettingsPane(ClassificationSettingsViewModel model, I18n i18n) {
        Label title = new Label(i18n.get("settings.classify.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(i18n.get("settings.classify.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);
        root.getChildren().addAll(title, intro);

        Map<ClassificationThreshold.Group, FormGrid> groups = new EnumMap<>(ClassificationThreshold.Group.class);
        for (ClassificationThreshold t : ClassificationThreshold.values()) {
            FormGrid grid = groups.computeIfAbsent(t.group(), g -> {
                Label heading = new Label(i18n.get("settings.classify.group." + g.name()));
                heading.getStyleClass().add(Styles.TEXT_BOLD);
                FormGrid form = new FormGrid(i18n, 2);
                form.node().setMaxWidth(900);
                // the same label width in every group, so the fields line up down the page
                form.node().getColumnConstraints().get(0).setMinWidth(LABEL_WIDTH);
                form.node().getColumnConstraints().get(2).setMinWidth(LABEL_WIDTH);
                VBox.setMargin(heading, new Insets(8, 0, 0, 0));
                root.getChildren().addAll(heading, form.node());
                return form;
            });
            grid.add("settings.classify.field." + t.name(), field(model, t, i18n), model.errors(), t.name());
        }

        Button defaults = new Button(i18n.get("settings.classify.defaults"));
        defaults.setId("classifyDefaults");
        defaults.disableProperty().bind(model.busyProperty());
        defaults.setOnAction(e -> model.restoreDefaults());
        HBox buttons = new HBox(8, defaults);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMaxWidth(900);
        root.getChildren().add(buttons);
        root.disableProperty().bind(model.busyProperty());
        model.load();
    }

    public Node node() {
        return root;
    }

    private static Node field(ClassificationSettingsViewModel model, ClassificationThreshold t, I18n i18n) {
        TextField input = new TextField();
        input.setId("threshold-" + t.name());
        input.setPrefColumnCount(7);
        input.textProperty().bindBidirectional(model.text(t));
        Label unit = new Label(i18n.format("settings.classify.unit." + t.kind().name(), ThresholdFormat.range(t)));
        unit.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(6, input, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(input, Priority.ALWAYS);
        return box;
    }
}
