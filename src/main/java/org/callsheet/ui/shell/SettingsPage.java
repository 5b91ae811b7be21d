package org.callsheet.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import org.callsheet.logic.classification.ClassificationSettingsStore;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.settings.ClassificationSettingsPane;
import org.callsheet.ui.settings.ClassificationSettingsViewModel;
import org.callsheet.ui.settings.SettingsView;
import org.callsheet.ui.settings.SettingsViewModel;

/** The Settings screen: the rep's own settings, then the classification thresholds. */
final class SettingsPage {
    private SettingsPage() {
    }

    static Node create(UserPreferences preferences, Settings settings, TaskRunner runner, StatusModel status,
                       I18n texts) {
        Node general = new SettingsView(new SettingsViewModel(preferences, status), texts, languageChanged -> { })
                .node();
        ClassificationSettingsPane thresholds = new ClassificationSettingsPane(new ClassificationSettingsViewModel(
                new ClassificationSettingsStore(settings), runner, status), texts);
        VBox page = new VBox(8, general, new Separator(), thresholds.node());
        VBox.setMargin(thresholds.node(), new Insets(0, 20, 20, 20));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}
