package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.GeoPoint;

/**
 * Applies a row to a stored customer and contact under a policy. Status, the "no need" mark,
 * ids, uids and creation stamps are never taken from a file.
 */
final class CustomerMerger {
    private final FieldPicker pick;
    private final Instant now;

    CustomerMerger(DuplicatePolicy policy, Instant now) {
        this.pick = new FieldPicker(policy);
        this.now = now;
    }

    /**
     * The customer with the row's values applied, or empty when nothing would change.
     *
     * @param kindGiven whether the row has a kind at all (a blank kind reads as company)
     */
    Optional<Customer> apply(Customer stored, Customer incoming, boolean kindGiven) {
        Address a = stored.address();
        Address b = incoming.address();
        Address address = new Address(pick.text(a.street(), b.street()), pick.text(a.province(), b.province()),
                pick.text(a.city(), b.city()), pick.text(a.district(), b.district()));
        Customer result = new Customer(stored.id(), stored.uid(), pick.text(stored.externalId(), incoming.externalId()),
                pick.text(stored.name(), incoming.name()),
                kindGiven && pick.updates() ? incoming.kind() : stored.kind(),
                pick.text(stored.industry(), incoming.industry()), pick.text(stored.sizeClass(), incoming.sizeClass()),
                address, location(stored.location(), incoming.location()),
                pick.text(stored.source(), incoming.source()), pick.text(stored.ownerRep(), incoming.ownerRep()),
                tags(stored.tags(), incoming.tags()), pick.text(stored.notes(), incoming.notes()),
                stored.noNeed(), stored.status(), stored.createdAt(), stored.updatedAt());
        return result.equals(stored) ? Optional.empty() : Optional.of(result.withStamps(stored.createdAt(), now));
    }

    /** The contact with the row's values applied, or empty when nothing would change. */
    Optional<Contact> apply(Contact stored, Contact incoming) {
        Contact result = new Contact(stored.id(), stored.uid(), stored.customerId(),
                pick.text(stored.name(), incoming.name()), pick.text(stored.title(), incoming.title()),
                stored.decisionMaker(), pick.phone(stored.mobile(), incoming.mobile()),
                pick.phone(stored.phone(), incoming.phone()), pick.text(stored.email(), incoming.email()),
                pick.value(stored.birthday(), incoming.birthday()), stored.createdAt(), stored.updatedAt());
        return result.equals(stored) ? Optional.empty() : Optional.of(result.withStamps(stored.createdAt(), now));
    }

    private GeoPoint location(GeoPoint stored, GeoPoint incoming) {
        if (incoming == null) {
            return stored;
        }
        if (stored == null) {
            return incoming;
        }
        var latitude = pick.number(stored.latitude(), incoming.latitude());
        var longitude = pick.number(stored.longitude(), incoming.longitude());
        return latitude == stored.latitude() && longitude == stored.longitude() ? stored
                : new GeoPoint(latitude, longitude);
    }

    private List<String> tags(List<String> stored, List<String> incoming) {
        if (incoming.isEmpty() || new HashSet<>(stored).equals(new HashSet<>(incoming))) {
            return stored;
        }
        return pick.updates() || stored.isEmpty() ? incoming : stored;
    }
}
