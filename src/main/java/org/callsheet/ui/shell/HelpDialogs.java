package org.callsheet.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.i18n.I18n;

/** Help menu dialogs: the keyboard shortcuts and About. */
final class HelpDialogs {
    /** Key text and the bundle key of what it does. */
    record Shortcut(String keys, String actionKey) {
    }

    static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("Ctrl+N", "shortcut.newCustomer"),
            new Shortcut("Ctrl+L", "shortcut.logCall"),
            new Shortcut("F2", "shortcut.correctCall"),
            new Shortcut("Ctrl+F", "shortcut.search"),
            new Shortcut("Enter", "shortcut.open"),
            new Shortcut("Ctrl+S", "shortcut.save"),
            new Shortcut("Esc", "shortcut.cancel"),
            new Shortcut("Delete", "shortcut.delete"),
            new Shortcut("Ctrl+Z", "shortcut.undoDelete"),
            new Shortcut("Ctrl+1 – Ctrl+8", "shortcut.screens"),
            new Shortcut("Ctrl+B", "shortcut.salesBrief"),
            new Shortcut("F1", "shortcut.help"),
            new Shortcut("Ctrl+Q", "shortcut.quit"));

    private HelpDialogs() {
    }

    /** JavaFX would label its own Close button in the OS language, not the app's. */
    private static ButtonType close(I18n i18n) {
        return new ButtonType(i18n.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    static void showShortcuts(Dialogs dialogs, I18n i18n) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        int row = 0;
        for (Shortcut shortcut : SHORTCUTS) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(i18n.get(shortcut.actionKey())));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, null, close(i18n));
        dialogs.prepare(alert, i18n.get("help.shortcuts.title"));
        alert.setHeaderText(i18n.get("help.shortcuts.header"));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.showAndWait();
    }

    static void showAbout(Dialogs dialogs, I18n i18n, String version, String attributions) {
        Label name = new Label("Callsheet");
        name.getStyleClass().add(Styles.TITLE_2);
        Label versionLabel = new Label(i18n.format("about.version", version));
        Label purpose = new Label(i18n.get("about.purpose"));
        purpose.setWrapText(true);
        Label licences = new Label(i18n.get("about.licences"));
        licences.getStyleClass().add(Styles.TEXT_BOLD);
        TextArea text = new TextArea(attributions);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(9);
        text.setPrefColumnCount(60);
        VBox box = new VBox(10, name, versionLabel, purpose, licences, text);
        box.setPadding(new Insets(8));
        Alert alert = new Alert(Alert.AlertType.NONE, null, close(i18n));
        dialogs.prepare(alert, i18n.get("about.title"));
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setId("aboutDialog");
        alert.showAndWait();
    }
}
