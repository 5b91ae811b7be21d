package org.callsheet.ui.encryption;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.i18n.I18n;

/**
 * Asks for a new database password twice, says first that a lost password means lost data, and
 * goes ahead only when the rep ticked that and the two passwords agree.
 */
final class NewPasswordDialog {
    private NewPasswordDialog() {
    }

    /** The new password, or empty when the rep cancelled; {@code headerKey} and {@code confirmKey} name the action. */
    static Optional<char[]> ask(Window owner, I18n i18n, EncryptionViewModel model, String headerKey,
                                String confirmKey) {
        Dialog<char[]> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(i18n.get("encryption.title"));
        dialog.setHeaderText(i18n.get(headerKey));
        ButtonType go = new ButtonType(i18n.get(confirmKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(go, cancel);

        Label warning = new Label(i18n.get("encryption.dialog.warning"));
        warning.setWrapText(true);
        warning.setId("encryptionWarning");
        warning.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
        PasswordField password = new PasswordField();
        password.setId("newPassword");
        PasswordField repeat = new PasswordField();
        repeat.setId("newPasswordRepeat");
        GridPane fields = new GridPane(8, 8);
        fields.addRow(0, new Label(i18n.get("encryption.dialog.password")), password);
        fields.addRow(1, new Label(i18n.get("encryption.dialog.repeat")), repeat);
        CheckBox understood = new CheckBox(i18n.get("encryption.dialog.understood"));
        understood.setId("lostPasswordUnderstood");
        understood.setWrapText(true);
        Label problem = new Label();
        problem.setId("newPasswordProblem");
        problem.getStyleClass().add(Styles.TEXT_MUTED);
        ObjectBinding<Optional<UserMessage>> check = Bindings.createObjectBinding(
                () -> model.problem(password.getText().toCharArray(), repeat.getText().toCharArray(),
                        understood.isSelected()),
                password.textProperty(), repeat.textProperty(), understood.selectedProperty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> check.get()
                .map(m -> i18n.format(m.key(), m.args().toArray())).orElse(""), check));
        VBox content = new VBox(12, warning, fields, understood, problem);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        Button goButton = (Button) dialog.getDialogPane().lookupButton(go);
        goButton.getStyleClass().add(Styles.ACCENT);
        goButton.disableProperty().bind(Bindings.createBooleanBinding(() -> check.get().isPresent(), check));
        dialog.setResultConverter(button -> button == go ? password.getText().toCharArray() : null);
        Stylesheets.apply(dialog.getDialogPane().getScene());
        dialog.setOnShown(e -> password.requestFocus());
        Optional<char[]> result = dialog.showAndWait();
        password.clear();
        repeat.clear();
        return result;
    }
}
