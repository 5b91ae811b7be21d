package org.callsheet.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A person to talk to at a customer. {@code id} is null until stored. */
public record Contact(
        Long id,
        String uid,
        Long customerId,
        String name,
        String title,
        boolean decisionMaker,
        Phone mobile,
        Phone phone,
        String email,
        LocalDate birthday,
        Instant createdAt,
        Instant updatedAt) {

    public Contact {
        Objects.requireNonNull(uid, "uid");
        name = name == null ? "" : name;
        mobile = mobile == null ? Phone.NONE : mobile;
        phone = phone == null ? Phone.NONE : phone;
    }

    public Contact withIds(Long newId, Long newCustomerId) {
        return new Contact(newId, uid, newCustomerId, name, title, decisionMaker, mobile, phone, email,
                birthday, createdAt, updatedAt);
    }

    public Contact withStamps(Instant created, Instant updated) {
        return new Contact(id, uid, customerId, name, title, decisionMaker, mobile, phone, email,
                birthday, created, updated);
    }
}
