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
 * chunk's earlier rows added or changed: by uid, then external id, then normalised mobile, then
 * name with landline. Two different external ids are never the same customer, however much else
 * they share. A slot is indexed again after a row changed it, so the keys it gained find it too.
 */
final class CustomerIndex {
    private final Map<String, Slot<StoredCustomer>> byUid = new HashMap<>();
    private final Map<String, Slot<StoredCustomer>> byExternalId = new HashMap<>();
    private final Map<String, List<Slot<StoredCustomer>>> byMobile = new HashMap<>();
    private final Map<String, List<Slot<StoredCustomer>>> byNameAndLandline = new HashMap<>();

    void add(Slot<StoredCustomer> slot) {
        Customer c = slot.now().customer();
        byUid.putIfAbsent(c.uid(), slot);
        c.externalIdOpt().ifPresent(id -> byExternalId.putIfAbsent(id, slot));
        String name = plainName(c.name());
        for (Contact contact : slot.now().contacts()) {
            if (contact.mobile().isMatchable()) {
                addTo(byMobile, contact.mobile().normalized(), slot);
            }
            if (!contact.phone().isEmpty() && !name.isEmpty()) {
                addTo(byNameAndLandline, name + "|" + contact.phone().normalized(), slot);
            }
        }
    }

    private static void addTo(Map<String, List<Slot<StoredCustomer>>> index, String key, Slot<StoredCustomer> slot) {
        List<Slot<StoredCustomer>> slots = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!slots.contains(slot)) {
            slots.add(slot);
        }
    }

    /**
     * @param uid the uid the row carries from an earlier export, or null
     */
    Optional<Slot<StoredCustomer>> find(String uid, Customer incoming, Optional<Contact> contact) {
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
        if (c.mobile().isMatchable()) {
            Optional<Slot<StoredCustomer>> found = compatible(byMobile.get(c.mobile().normalized()), externalId);
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

    Optional<Slot<StoredCustomer>> byExternalId(String externalId) {
        return Optional.ofNullable(byExternalId.get(externalId));
    }

    private static Optional<Slot<StoredCustomer>> compatible(List<Slot<StoredCustomer>> candidates,
                                                             String externalId) {
        if (candidates == null) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(s -> externalId == null || s.now().customer().externalIdOpt().isEmpty())
                .findFirst();
    }

    static String plainName(String name) {
        return name == null ? "" : Characters.halfWidth(name).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
