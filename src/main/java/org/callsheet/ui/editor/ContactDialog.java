package org.callsheet.ui.editor;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.application.Platform;
import org.callsheet.ui.common.DatePickers;
import org.callsheet.model.Contact;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.i18n.I18n;

/** Adds or edits one contact; OK is refused while a field is invalid. */
final class ContactDialog {
    private ContactDialog() {
    }

    static Optional<Contact> show(ContactForm form, boolean isNew, I18n i18n, Dialogs dialogs) {
        Dialog<Contact> dialog = new Dialog<>();
        dialogs.prepare(dialog, i18n.get(isNew ? "contact.title.new" : "contact.title.edit"));
        ButtonType ok = new ButtonType(i18n.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);

        TextField name = bound(form.nameProperty(), "contactName");
        TextField title = bound(form.titleProperty(), "contactTitle");
        CheckBox decisionMaker = new CheckBox(i18n.get("contact.decisionMaker.hint"));
        decisionMaker.selectedProperty().bindBidirectional(form.decisionMakerProperty());
        TextField mobile = bound(form.mobileProperty(), "contactMobile");
        mobile.setPromptText("138 0013 8000");
        TextField phone = bound(form.phoneProperty(), "contactPhone");
        phone.setPromptText("010-6512 3456");
        TextField email = bound(form.emailProperty(), "contactEmail");
        DatePicker birthday = DatePickers.create(i18n);
        birthday.valueProperty().bindBidirectional(form.birthdayProperty());
        birthday.setEditable(false);

        // the dialog does not grow when a message appears: each message has its line from the start
        FormGrid grid = new FormGrid(i18n, 1).keepingMessageLines()
                .add("contact.name", name, form.errors(), "name")
                .add("contact.position", title, null, null)
                .add("contact.decisionMaker", decisionMaker, null, null)
                .addWithWarning("contact.mobile", mobile, form.errors(), form.warnings(), "mobile")
                .add("contact.phone", phone, form.errors(), "phone")
                .add("contact.email", email, form.errors(), "email")
                .add("contact.birthday", birthday, null, null);
        grid.node().setPrefWidth(420);
        dialog.getDialogPane().setContent(grid.node());

        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.getStyleClass().add(Styles.ACCENT);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!form.validate()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok ? form.toContact() : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    private static TextField bound(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
