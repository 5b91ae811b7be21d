package org.callsheet.ui.editor;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.callsheet.logic.customers.CustomerValidator;
import org.callsheet.logic.customers.ValidationProblem;
import org.callsheet.model.Contact;
import org.callsheet.model.Phone;

/**
 * The fields of the contact dialog. Validation runs as the user types (it needs no database);
 * {@link #errors()} maps a field (name, mobile, phone, email) to a message key.
 */
public final class ContactForm {
    private final Contact original;
    private final CustomerValidator validator;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty decisionMaker = new SimpleBooleanProperty();
    private final StringProperty mobile = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> birthday = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableMap<String, String> warnings = FXCollections.observableHashMap();
    private boolean touched;

    public ContactForm(Contact original, CustomerValidator validator) {
        this.original = original;
        this.validator = validator;
        name.set(original.name());
        title.set(nullToEmpty(original.title()));
        decisionMaker.set(original.decisionMaker());
        mobile.set(original.mobile().input());
        phone.set(original.phone().input());
        email.set(nullToEmpty(original.email()));
        birthday.set(original.birthday());
        for (StringProperty field : List.of(name, mobile, phone, email)) {
            field.addListener((obs, old, now) -> {
                touched = true;
                validate();
            });
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty decisionMakerProperty() {
        return decisionMaker;
    }

    public StringProperty mobileProperty() {
        return mobile;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<LocalDate> birthdayProperty() {
        return birthday;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Fields whose value is kept but deserves a word (a field to message key); they do not stop a save. */
    public ObservableMap<String, String> warnings() {
        return warnings;
    }

    public boolean isTouched() {
        return touched;
    }

    /** The contact as edited; phones keep what was typed (the service normalises on save). */
    public Contact toContact() {
        return new Contact(original.id(), original.uid(), original.customerId(), name.get().strip(),
                emptyToNull(title.get()), decisionMaker.get(), new Phone(mobile.get().strip(), ""),
                new Phone(phone.get().strip(), ""), emptyToNull(email.get()), birthday.get(),
                original.createdAt(), original.updatedAt());
    }

    /** Checks every field; returns true when the contact can be kept. */
    public boolean validate() {
        List<ValidationProblem> problems = validator.validateContact(toContact(), "");
        errors.clear();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
        warnings.clear();
        validator.contactWarnings(toContact(), "").stream().filter(p -> !errors.containsKey(p.field()))
                .forEach(p -> warnings.putIfAbsent(p.field(), p.messageKey()));
        return problems.isEmpty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
