package org.callsheet.logic.csv.imports;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/**
 * Which stored customers may be the one a row means, by the keys {@link CustomerIndex} matches
 * on: uid, external id, normalised mobile, and name with landline. Loaded once per import and
 * told about every customer the import writes, so a chunk fetches only its candidates by id
 * instead of searching the database for each of its keys. A candidate is only a candidate:
 * {@link CustomerIndex} decides on the fetched records.
 */
final class CustomerDirectory {
    private static final char UID = 'u';
    private static final char EXTERNAL_ID = 'e';
    private static final char MOBILE = 'm';
    private static final char NAME_AND_LANDLINE = 'l';

    private final KeyDirectory keys = new KeyDirectory();

    static CustomerDirectory load(ImportSession session) {
        CustomerDirectory directory = new CustomerDirectory();
        session.customerKeys(k -> directory.add(k.id(), k.uid(), k.externalId(), k.name(), k.mobile(), k.landline()));
        return directory;
    }

    /**
     * Adds a customer the import wrote, with the contacts it has now.
     *
     * @param uid its uid when a later row could name it by that (the file gave it), else null
     */
    void add(long id, String uid, Customer customer, Collection<Contact> contacts) {
        add(id, uid, customer.externalId(), customer.name(), null, null);
        for (Contact c : contacts) {
            add(id, null, null, customer.name(), c.mobile().normalized(), c.phone().normalized());
        }
    }

    /** Adds the ids of the stored customers that may match the row to {@code into}. */
    void candidates(String uid, Customer incoming, Optional<Contact> contact, Set<Long> into) {
        keys.find(UID, uid, into::add);
        keys.find(EXTERNAL_ID, incoming.externalId(), into::add);
        contact.ifPresent(c -> {
            keys.find(MOBILE, c.mobile().normalized(), into::add);
            keys.find(NAME_AND_LANDLINE, nameAndLandline(incoming.name(), c.phone().normalized()), into::add);
        });
    }

    private void add(long id, String uid, String externalId, String name, String mobile, String landline) {
        keys.add(UID, uid, id);
        keys.add(EXTERNAL_ID, externalId, id);
        keys.add(MOBILE, mobile, id);
        keys.add(NAME_AND_LANDLINE, nameAndLandline(name, landline), id);
    }

    private static String nameAndLandline(String name, String landline) {
        String plain = CustomerIndex.plainName(name);
        return plain.isEmpty() || landline == null || landline.isEmpty() ? null : plain + "|" + landline;
    }
}
