package org.callsheet.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.callsheet.ui.i18n.I18n;

/** The app's standard questions and messages, owned by a window and in the user's language. */
public final class Dialogs {
    private final Window owner;
    private final I18n i18n;

    public Dialogs(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    public Window owner() {
        return owner;
    }

    /** Asks a yes/no question; {@code confirmKey} labels the button that goes ahead. */
    public boolean confirm(String title, String header, String body, String confirmKey, boolean dangerous) {
        ButtonType go = new ButtonType(i18n.get(confirmKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, body, go, cancel);
        prepare(alert, title);
        alert.setHeaderText(header);
        Button goButton = (Button) alert.getDialogPane().lookupButton(go);
        goButton.getStyleClass().add(dangerous ? Styles.DANGER : Styles.ACCENT);
        // The safe answer is the default, so a stray Enter deletes nothing.
        if (dangerous) {
            goButton.setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    public void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message,
                new ButtonType(i18n.get("common.ok"), ButtonBar.ButtonData.OK_DONE));
        prepare(alert, title);
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    /** Gives a dialog its owner and the app's stylesheet. */
    public void prepare(Dialog<?> dialog, String title) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        Stylesheets.apply(dialog.getDialogPane().getScene());
    }
}
