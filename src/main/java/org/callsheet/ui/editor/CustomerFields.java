package org.callsheet.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerStatus;

/** The editable fields of a customer as text, choices and flags the form binds to. */
public final class CustomerFields {
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<CustomerKind> kind = new SimpleObjectProperty<>(CustomerKind.COMPANY);
    private final StringProperty externalId = new SimpleStringProperty("");
    private final StringProperty industry = new SimpleStringProperty("");
    private final StringProperty sizeClass = new SimpleStringProperty("");
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty district = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty noNeed = new SimpleBooleanProperty();
    private final ObjectProperty<CustomerStatus> status = new SimpleObjectProperty<>(CustomerStatus.SUSPECT);

    /** Every field the user can edit (the status is computed, not edited). */
    List<Observable> editable() {
        return List.of(name, kind, externalId, industry, sizeClass, street, province, city, district, source, owner,
                tags, notes, noNeed);
    }

    void fill(Customer customer) {
        name.set(customer.name());
        kind.set(customer.kind());
        externalId.set(orEmpty(customer.externalId()));
        industry.set(orEmpty(customer.industry()));
        sizeClass.set(orEmpty(customer.sizeClass()));
        street.set(customer.address().street());
        province.set(customer.address().province());
        city.set(customer.address().city());
        district.set(customer.address().district());
        source.set(orEmpty(customer.source()));
        owner.set(orEmpty(customer.ownerRep()));
        tags.set(String.join(", ", customer.tags()));
        notes.set(orEmpty(customer.notes()));
        noNeed.set(customer.noNeed());
        status.set(customer.status());
    }

    /** {@code base} with the edited fields; ids, stamps, location and status stay as they were. */
    Customer applyTo(Customer base) {
        List<String> tagList = new ArrayList<>();
        // Chinese input methods type full-width commas and semicolons
        Arrays.stream(tags.get().split("[,，;；]")).map(String::strip).filter(t -> !t.isEmpty()).distinct()
                .forEach(tagList::add);
        return new Customer(base.id(), base.uid(), emptyToNull(externalId.get()), name.get(), kind.get(),
                emptyToNull(industry.get()), emptyToNull(sizeClass.get()),
                new Address(street.get().strip(), province.get().strip(), city.get().strip(), district.get().strip()),
                base.location(), emptyToNull(source.get()), emptyToNull(owner.get()), tagList, emptyToNull(notes.get()),
                noNeed.get(), base.status(), base.createdAt(), base.updatedAt());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<CustomerKind> kindProperty() {
        return kind;
    }

    public StringProperty externalIdProperty() {
        return externalId;
    }

    public StringProperty industryProperty() {
        return industry;
    }

    public StringProperty sizeClassProperty() {
        return sizeClass;
    }

    public StringProperty streetProperty() {
        return street;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty noNeedProperty() {
        return noNeed;
    }

    public ObjectProperty<CustomerStatus> statusProperty() {
        return status;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
