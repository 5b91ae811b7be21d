package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.callsheet.model.Call;
import org.callsheet.model.Contact;
import org.callsheet.model.FollowUp;
import org.callsheet.model.Opportunity;
import org.callsheet.model.Order;
import org.callsheet.model.Visit;

/**
 * One import, all or nothing: nothing it writes survives a crash, a failure or a cancel unless
 * {@link #commit()} was reached; closing without committing takes everything back (a large import
 * may be written in committed pieces that the store removes again; ADR 33).
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

    /**
     * Ids of stored customers by a reference that is an external id or, failing that, a uid (for
     * the contacts and calls of a file, which are few next to a customer list).
     */
    Map<String, Long> customerIdsByReference(Collection<String> references);

    /** The stored customers with these ids, with tags and contacts. */
    List<StoredCustomer> customersById(Collection<Long> ids);

    /** Those of the given contact uids that a stored contact already has. */
    Set<String> storedContactUids(Collection<String> uids);

    /** Adds the customers with their contacts and tags; returns their new ids, in order. */
    long[] insertCustomers(List<NewCustomer> customers);

    /** Changes stored customers, recording their state before the import for undo. */
    void changeCustomers(List<CustomerChange> changes);

    /**
     * Writes again customers this import inserted or changed already (a file may name a customer
     * in several rows): their state before the import is recorded, and stays as it was.
     */
    void rewriteCustomers(List<CustomerChange> changes);

    /** Hands uid and external id of every stored order to {@code sink}. */
    void orderKeys(Consumer<StoredKeys> sink);

    /** The stored orders with these ids. */
    List<Order> ordersById(Collection<Long> ids);

    /** Adds the orders; returns their new ids, in order. */
    long[] insertOrders(List<Order> orders);

    void changeOrders(List<OrderChange> changes);

    /** Writes again orders this import inserted or changed already; see {@link #rewriteCustomers}. */
    void rewriteOrders(List<OrderChange> changes);

    /** Adds the contacts (customer ids set); returns their new ids, in order. */
    long[] insertContacts(List<Contact> contacts);

    void changeContacts(List<ContactChange> changes);

    /** Writes again contacts this import inserted or changed already; see {@link #rewriteCustomers}. */
    void rewriteContacts(List<ContactChange> changes);

    /** Contacts of these customers, by customer id, oldest first. */
    Map<Long, List<Contact>> contactsOf(Collection<Long> customerIds);

    /**
     * Stored calls with any of these uids or call ids, or of any of these customers started at any
     * of these instants.
     */
    List<Call> callCandidates(Collection<String> uids, Collection<String> externalIds, Collection<Long> customerIds,
                              Collection<Instant> startTimes);

    /** Those of these calls that an open follow-up was planned from. */
    Set<Long> callsWithOpenFollowUp(Collection<Long> callIds);

    /** Adds the calls; returns their new ids, in order. */
    long[] insertCalls(List<Call> calls);

    void changeCalls(List<CallChange> changes);

    /** Writes again calls this import inserted or changed already; see {@link #rewriteCustomers}. */
    void rewriteCalls(List<CallChange> changes);

    /** Adds the follow-ups (their source calls stored already). */
    void insertFollowUps(List<FollowUp> followUps);

    /** Stored visits with any of these uids, or of any of these customers on any of these days. */
    List<Visit> visitCandidates(Collection<String> uids, Collection<Long> customerIds, Collection<LocalDate> days);

    /** Adds the visits; returns their new ids, in order. */
    long[] insertVisits(List<Visit> visits);

    void changeVisits(List<VisitChange> changes);

    /** Writes again visits this import inserted or changed already; see {@link #rewriteCustomers}. */
    void rewriteVisits(List<VisitChange> changes);
    /** Stored opportunities with any of these uids or opportunity ids. */
    List<Opportunity> opportunityCandidates(Collection<String> uids, Collection<String> externalIds);

    /** Adds the opportunities with their history; returns their new ids, in order. */
    long[] insertOpportunities(List<NewOpportunity> opportunities);

    /** Writes the changed opportunities and appends the change to each one's history. */
    void changeOpportunities(List<OpportunityUpdate> changes);

    /** Writes again opportunities this import inserted or changed already; see {@link #rewriteCustomers}. */
    void rewriteOpportunities(List<OpportunityUpdate> changes);

    /** A setting as this transaction sees it. */
    Optional<String> setting(String key);

    /** Writes a setting inside the import's transaction (e.g. an own call outcome a file named). */
    void putSetting(String key, String value);

    /** Records the tally and end time in the batch. */
    void finish(ImportCounts counts, Instant finishedAt);

    void commit();

    /** Rolls back unless committed, and gives the connection back. */
    @Override
    void close();
}
