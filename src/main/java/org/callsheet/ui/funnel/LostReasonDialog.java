package org.callsheet.ui.funnel;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.callsheet.ui.common.Dialogs;

/**
 * Asks why an opportunity was lost: a reason from the list, or new words (added to the list).
 * OK stays off until there is a reason. The answer is a built-in reason's code or the words typed.
 */
final class LostReasonDialog {
    private LostReasonDialog() {
    }

    static Optional<String> ask(String title, List<String> reasons, FunnelLabels labels, Dialogs dialogs) {
        var i18n = labels.i18n();
        Dialog<String> dialog = new Dialog<>();
        dialogs.prepare(dialog, i18n.get("funnel.lost.title"));
        ButtonType ok = new ButtonType(i18n.get("funnel.lost.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        ComboBox<String> reason = new ComboBox<>();
        reason.setId("lostReason");
        reason.setEditable(true);
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.getItems().setAll(reasons.stream().map(labels::reason).toList());
        reason.setPromptText(i18n.get("funnel.lost.prompt"));
        Label question = new Label(i18n.format("funnel.lost.question", title));
        question.setWrapText(true);
        Label hint = new Label(i18n.get("funnel.lost.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        VBox content = new VBox(8, question, reason, hint);
        content.setPrefWidth(380);
        dialog.getDialogPane().setContent(content);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.getStyleClass().add(Styles.DANGER);
        okButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> reason.getEditor().getText() == null || reason.getEditor().getText().isBlank(),
                reason.getEditor().textProperty()));
        dialog.setResultConverter(button -> button == ok ? labels.reasonCode(reason.getEditor().getText()) : null);
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait().filter(r -> !r.isBlank());
    }
}
