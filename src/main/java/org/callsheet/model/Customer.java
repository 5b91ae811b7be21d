package org.callsheet.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer: a company or a person. {@code id} is the internal key (null until stored);
 * {@code uid} is the stable id that travels through CSV sync; {@code externalId} is the
 * company's own id, when the customer came from the company's list.
 */
public record Customer(
        Long id,
        String uid,
        String externalId,
        String name,
        CustomerKind kind,
        String industry,
        String sizeClass,
        Address address,
        GeoPoint location,
        String source,
        String ownerRep,
        List<String> tags,
        String notes,
        boolean noNeed,
        CustomerStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public Customer {
        Objects.requireNonNull(uid, "uid");
        name = name == null ? "" : name;
        kind = kind == null ? CustomerKind.COMPANY : kind;
        address = address == null ? Address.EMPTY : address;
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? CustomerStatus.SUSPECT : status;
    }

    public Optional<String> externalIdOpt() {
        return Optional.ofNullable(externalId).filter(s -> !s.isBlank());
    }

    public Customer withId(Long newId) {
        return new Customer(newId, uid, externalId, name, kind, industry, sizeClass, address, location,
                source, ownerRep, tags, notes, noNeed, status, createdAt, updatedAt);
    }

    public Customer withStamps(Instant created, Instant updated) {
        return new Customer(id, uid, externalId, name, kind, industry, sizeClass, address, location,
                source, ownerRep, tags, notes, noNeed, status, created, updated);
    }

    public Customer withStatus(CustomerStatus newStatus) {
        return new Customer(id, uid, externalId, name, kind, industry, sizeClass, address, location,
                source, ownerRep, tags, notes, noNeed, newStatus, createdAt, updatedAt);
    }
}
