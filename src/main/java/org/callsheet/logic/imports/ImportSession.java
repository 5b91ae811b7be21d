package org.callsheet.logic.imports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.callsheet.model.Order;

/**
 * One import inside one database transaction. Nothing it writes is visible to anyone else, nor
 * survives a crash, until {@link #commit()}; closing without committing rolls everything back.
 * Lookups see the session's own writes. Every write also records the change in the batch, with
 * the full previous values of changed records.
 */
public interface ImportSession extends AutoCloseable {

    long batchId();

    /**
     * Hands the keys of every stored customer to {@code sink}: once per contact (with its mobile
     * and landline), or once without phones for a customer without contacts.
     */
    void customerKeys(Consumer<StoredKeys> sink);

    /** Hands uid and external id of every stored customer to {@code sink}. */
    void customerReferences(Consumer<StoredKeys> sink);

    /** The stored customers with these ids, with tags and contacts. */
    List<StoredCustomer> customersById(Collection<Long> ids);

    /** Those of the given contact uids that a stored contact already has. */
    Set<String> storedContactUids(Collection<String> uids);

    /** Adds the customers with their contacts and tags; returns their new ids, in order. */
    long[] insertCustomers(List<NewCustomer> customers);

    void changeCustomers(List<CustomerChange> changes);

    /** Hands uid and external id of every stored order to {@code sink}. */
    void orderKeys(Consumer<StoredKeys> sink);

    /** The stored orders with these ids. */
    List<Order> ordersById(Collection<Long> ids);

    /** Adds the orders; returns their new ids, in order. */
    long[] insertOrders(List<Order> orders);

    void changeOrders(List<OrderChange> changes);

    /** Records the tally and end time in the batch. */
    void finish(ImportCounts counts, Instant finishedAt);

    void commit();

    /** Rolls back unless committed, and gives the connection back. */
    @Override
    void close();
}
