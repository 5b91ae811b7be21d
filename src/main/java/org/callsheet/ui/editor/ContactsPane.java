package org.callsheet.ui.editor;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.callsheet.model.Contact;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The contacts of the customer being edited, with add, edit and remove. */
final class ContactsPane {
    private final BorderPane root = new BorderPane();
    private final TableView<Contact> table = new TableView<>();
    private final CustomerEditorViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    ContactsPane(CustomerEditorViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        DateTimeFormatter dates = i18n.dates().dateFormatter();
        table.setId("contactsTable");
        table.setItems(model.contacts());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("contacts.empty")));
        table.getColumns().setAll(java.util.List.of(
                column("contact.name", Contact::name),
                column("contact.position", Contact::title),
                column("contact.decisionMaker", c -> c.decisionMaker() ? i18n.get("common.yes") : ""),
                column("contact.mobile", c -> c.mobile().input()),
                column("contact.phone", c -> c.phone().input()),
                column("contact.email", Contact::email),
                column("contact.birthday", c -> c.birthday() == null ? "" : dates.format(c.birthday()))));
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editSelected();
            }
        });

        Button add = new Button(i18n.get("contacts.add"), new FontIcon(Feather.USER_PLUS));
        add.setId("addContact");
        add.setOnAction(e -> add());
        Button edit = new Button(i18n.get("contacts.edit"), new FontIcon(Feather.EDIT_2));
        edit.setOnAction(e -> editSelected());
        Button remove = new Button(i18n.get("contacts.remove"), new FontIcon(Feather.USER_MINUS));
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(e -> removeSelected());
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox buttons = new HBox(8, add, edit, remove, FormGrid.errorLabel(i18n, model.errors(), "contacts"));
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        root.setCenter(table);
        root.setBottom(buttons);
        root.setPadding(new Insets(8));
    }

    BorderPane node() {
        return root;
    }

    private void add() {
        ContactDialog.show(model.newContactForm(), true, i18n, dialogs).ifPresent(model::addContact);
    }

    private void editSelected() {
        Contact selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            ContactDialog.show(model.contactForm(selected), false, i18n, dialogs)
                    .ifPresent(edited -> model.replaceContact(selected, edited));
        }
    }

    private void removeSelected() {
        Contact selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && dialogs.confirm(i18n.get("contacts.remove"),
                i18n.format("contacts.remove.question", selected.name()), null, "contacts.remove", true)) {
            model.removeContact(selected);
        }
    }

    private TableColumn<Contact, String> column(String key, Function<Contact, String> value) {
        TableColumn<Contact, String> column = new TableColumn<>(i18n.get(key));
        column.setCellValueFactory(c -> {
            String text = value.apply(c.getValue());
            return new ReadOnlyStringWrapper(text == null ? "" : text);
        });
        return column;
    }
}
