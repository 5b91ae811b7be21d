package org.callsheet.ui.encryption;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.i18n.I18n;

/**
 * The Encryption section of the Settings screen (ADR 37); it acts at once, with a backup first,
 * and starts Callsheet again when done.
 */
public final class EncryptionSection {
    private final VBox root = new VBox(8);
    private final EncryptionViewModel model;
    private final I18n i18n;

    public EncryptionSection(EncryptionViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = new Label(i18n.get("encryption.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label state = new Label();
        state.setId("encryptionState");
        state.setWrapText(true);
        state.textProperty().bind(Bindings.when(model.encryptedProperty())
                .then(i18n.get("encryption.state.encrypted")).otherwise(i18n.get("encryption.state.plain")));

        Button encrypt = button("encryptDatabase", "encryption.encrypt", e -> encrypt());
        encrypt.visibleProperty().bind(model.encryptedProperty().not());
        encrypt.managedProperty().bind(encrypt.visibleProperty());
        Button change = button("changeDatabasePassword", "encryption.change", e -> changePassword());
        change.visibleProperty().bind(model.encryptedProperty());
        change.managedProperty().bind(change.visibleProperty());
        Button decrypt = button("decryptDatabase", "encryption.decrypt", e -> decrypt());
        decrypt.visibleProperty().bind(model.encryptedProperty());
        decrypt.managedProperty().bind(decrypt.visibleProperty());

        Label message = new Label();
        message.setId("encryptionMessage");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            var m = model.messageProperty().get();
            return m == null ? "" : i18n.format(m.key(), m.args().toArray());
        }, model.messageProperty()));
        model.restartNeededProperty().addListener((obs, old, now) -> {
            if (now) {
                restartAfterFailure(message.getText());
            }
        });
        root.getChildren().addAll(title, state, new HBox(8, encrypt, change, decrypt), message);
        root.setMaxWidth(720);
        root.setId("encryption-section");
        model.load();
    }

    public Node node() {
        return root;
    }

    private Button button(String id, String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(action);
        return button;
    }

    private Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void encrypt() {
        NewPasswordDialog.ask(owner(), i18n, model, "encryption.dialog.encrypt.header",
                "encryption.dialog.confirm.encrypt").ifPresent(model::encrypt);
    }

    private void changePassword() {
        NewPasswordDialog.ask(owner(), i18n, model, "encryption.dialog.change.header",
                "encryption.dialog.confirm.change").ifPresent(model::changePassword);
    }

    private void decrypt() {
        if (new Dialogs(owner(), i18n).confirm(i18n.get("encryption.title"),
                i18n.get("encryption.dialog.decrypt.header"), i18n.get("encryption.dialog.decrypt.body"),
                "encryption.dialog.confirm.decrypt", true)) {
            model.decrypt();
        }
    }

    /** The file is as it was, but the database was closed for the conversion: say so, then start again. */
    private void restartAfterFailure(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.setTitle(i18n.get("encryption.title"));
        alert.setHeaderText(null);
        if (owner() != null) {
            alert.initOwner(owner());
        }
        alert.showAndWait();
        model.restartNow();
    }
}
