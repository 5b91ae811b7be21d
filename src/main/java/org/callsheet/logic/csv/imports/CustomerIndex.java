package org.callsheet.logic.csv.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.text.Characters;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/**
 * Finds the customer a row means among the stored candidates of a chunk and the customers the
 * chunk adds: by uid, then external id, then normalised mobile, then name with landline. Two
 * different external ids are never the same customer, however much else they share.
 */
final class CustomerIndex {
    private final Map<String, StoredCustomer> byUid = new HashMap<>();
    private final Map<String, StoredCustomer> byExternalId = new HashMap<>();
    private final Map<String, List<StoredCustomer>> byMobile = new HashMap<>();
    private final Map<String, List<StoredCustomer>> byNameAndLandline = new HashMap<>();

    void add(StoredCustomer stored) {
        Customer c = stored.customer();
        byUid.putIfAbsent(c.uid(), stored);
        c.externalIdOpt().ifPresent(id -> byExternalId.putIfAbsent(id, stored));
        String name = plainName(c.name());
        for (Contact contact : stored.contacts()) {
            if (!contact.mobile().isEmpty()) {
                byMobile.computeIfAbsent(contact.mobile().normalized(), k -> new ArrayList<>(1)).add(stored);
            }
            if (!contact.phone().isEmpty() && !name.isEmpty()) {
                byNameAndLandline.computeIfAbsent(name + "|" + contact.phone().normalized(), k -> new ArrayList<>(1))
                        .add(stored);
            }
        }
    }

    /**
     * @param uid the uid the row carries from an earlier export, or null
     */
    Optional<StoredCustomer> find(String uid, Customer incoming, Optional<Contact> contact) {
        if (uid != null && byUid.containsKey(uid)) {
            return Optional.of(byUid.get(uid));
        }
        String externalId = incoming.externalIdOpt().orElse(null);
        if (externalId != null && byExternalId.containsKey(externalId)) {
            return Optional.of(byExternalId.get(externalId));
        }
        if (contact.isEmpty()) {
            return Optional.empty();
        }
        Contact c = contact.get();
        if (!c.mobile().isEmpty()) {
            Optional<StoredCustomer> found = compatible(byMobile.get(c.mobile().normalized()), externalId);
            if (found.isPresent()) {
                return found;
            }
        }
        String name = plainName(incoming.name());
        if (!c.phone().isEmpty() && !name.isEmpty()) {
            return compatible(byNameAndLandline.get(name + "|" + c.phone().normalized()), externalId);
        }
        return Optional.empty();
    }

    Optional<StoredCustomer> byExternalId(String externalId) {
        return Optional.ofNullable(byExternalId.get(externalId));
    }

    private static Optional<StoredCustomer> compatible(List<StoredCustomer> candidates, String externalId) {
        if (candidates == null) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(s -> externalId == null || s.customer().externalIdOpt().isEmpty())
                .findFirst();
    }

    static String plainName(String name) {
        return name == null ? "" : Characters.halfWidth(name).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
