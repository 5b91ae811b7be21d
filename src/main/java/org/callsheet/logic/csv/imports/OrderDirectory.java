package org.callsheet.logic.csv.imports;

import java.util.OptionalLong;
import java.util.Set;
import org.callsheet.model.Order;

/**
 * What an orders import looks up for every row, loaded once: the customer a reference names (an
 * external id or, failing that, a uid) and the stored orders a row may be (by uid or external
 * id). Told about every order the import writes. Order candidates are only candidates: the pass
 * compares the orders it fetches by id.
 */
final class OrderDirectory {
    private static final char UID = 'u';
    private static final char EXTERNAL_ID = 'e';

    private final KeyDirectory customers = new KeyDirectory();
    private final KeyDirectory orders = new KeyDirectory();

    static OrderDirectory load(ImportSession session) {
        OrderDirectory directory = new OrderDirectory();
        session.customerReferences(k -> {
            directory.customers.add(EXTERNAL_ID, k.externalId(), k.id());
            directory.customers.add(UID, k.uid(), k.id());
        });
        session.orderKeys(k -> directory.add(k.id(), k.uid(), k.externalId()));
        return directory;
    }

    /** The id of the customer whose external id, or else whose uid, is the reference. */
    OptionalLong customer(String reference) {
        long id = customers.first(EXTERNAL_ID, reference);
        if (id < 0) {
            id = customers.first(UID, reference);
        }
        return id < 0 ? OptionalLong.empty() : OptionalLong.of(id);
    }

    /** Adds the ids of stored orders with this uid or external id to {@code into}. */
    void candidates(String uid, String externalId, Set<Long> into) {
        orders.find(UID, uid, into::add);
        orders.find(EXTERNAL_ID, externalId, into::add);
    }

    /**
     * Adds an order the import wrote.
     *
     * @param uid its uid when a later row could name it by that (the file gave it), else null
     */
    void add(long id, String uid, Order order) {
        add(id, uid, order.externalId());
    }

    private void add(long id, String uid, String externalId) {
        orders.add(UID, uid, id);
        orders.add(EXTERNAL_ID, externalId, id);
    }
}
