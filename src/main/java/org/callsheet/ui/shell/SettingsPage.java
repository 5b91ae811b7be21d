package org.callsheet.ui.shell;

import javafx.scene.Node;
import org.callsheet.logic.classification.ClassificationSettingsStore;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.encryption.EncryptionSection;
import org.callsheet.ui.encryption.EncryptionViewModel;
import org.callsheet.ui.safety.BackupsSection;
import org.callsheet.ui.safety.BackupsViewModel;
import org.callsheet.ui.safety.SafetyTools;
import org.callsheet.ui.settings.CallSettingsViewModel;
import org.callsheet.ui.settings.ClassificationSettingsPane;
import org.callsheet.ui.settings.ClassificationSettingsViewModel;
import org.callsheet.ui.settings.FunnelSettingsViewModel;
import org.callsheet.ui.settings.SettingsView;
import org.callsheet.ui.settings.SettingsViewModel;

/** The Settings screen: rep, look, calls, the funnel and the classification thresholds, with one Save below; then the backups and the encryption. */
final class SettingsPage {
    private SettingsPage() {
    }

    static Node create(UserPreferences preferences, Settings settings, TaskRunner runner, StatusModel status,
                       I18n texts, SafetyTools safety) {
        ClassificationSettingsViewModel thresholds = new ClassificationSettingsViewModel(
                new ClassificationSettingsStore(settings), runner, status);
        Node thresholdsView = new ClassificationSettingsPane(thresholds, texts).node();
        CallSettingsViewModel calls = new CallSettingsViewModel(settings, runner, status);
        calls.load();
        FunnelSettingsViewModel funnel = new FunnelSettingsViewModel(settings, runner, status);
        funnel.load();
        SettingsView view = new SettingsView(new SettingsViewModel(preferences, status), calls, funnel, thresholds, texts,
                languageChanged -> { }, thresholdsView);
        if (safety != null) {
            view.withSection(new BackupsSection(new BackupsViewModel(safety, runner), texts).node());
            if (safety.encryption() != null) {
                view.withSection(new EncryptionSection(new EncryptionViewModel(safety.encryption(), safety.settings(),
                        safety.restart(), runner), texts).node());
            }
        }
        return view.node();
    }
}
