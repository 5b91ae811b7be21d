package org.callsheet.logic.csv.exports;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.callsheet.model.Call;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.FollowUp;
import org.callsheet.model.Opportunity;
import org.callsheet.model.Order;
import org.callsheet.model.Visit;

/** Streams stored records for export, oldest id first, without loading them all. */
public interface ExportStore {

    /** A customer with its first contact, if any. */
    record CustomerRow(Customer customer, Optional<Contact> contact) {
    }

    /** An order with how a file names its customer: the external id, or the uid when it has none. */
    record OrderRow(Order order, String customerReference) {
    }

    /** A contact with how a file names its customer. */
    record ContactRow(Contact contact, String customerReference) {
    }

    /** A call with its customer's reference, its contact's name (null if none) and its open follow-up's due time (null if none). */
    record CallRow(Call call, String customerReference, String contactName, Instant followUpAt) {
    }

    /** A follow-up with its customer's reference, its contact's name and the uid of its source call (nulls when none). */
    record FollowUpRow(FollowUp followUp, String customerReference, String contactName, String callUid) {
    }

    /** A visit with how a file names its customer. */
    record VisitRow(Visit visit, String customerReference) {
    }

    /** An opportunity with how a file names its customer. */
    record OpportunityExportRow(Opportunity opportunity, String customerReference) {
    }

    /** A stored setting (the labels of the rep's own call outcomes travel with the calls). */
    Optional<String> setting(String key);

    /** @param since only customers (or their contact) updated at or after this instant; null for all */
    void forEachCustomer(Instant since, Consumer<CustomerRow> sink);

    /** @param since only orders updated at or after this instant; null for all */
    void forEachOrder(Instant since, Consumer<OrderRow> sink);

    /** @param since only contacts updated at or after this instant; null for all */
    void forEachContact(Instant since, Consumer<ContactRow> sink);

    /** @param since only calls updated at or after this instant; null for all */
    void forEachCall(Instant since, Consumer<CallRow> sink);

    /** @param since only visits updated at or after this instant; null for all */
    void forEachVisit(Instant since, Consumer<VisitRow> sink);

    /** @param since only opportunities updated at or after this instant; null for all */
    void forEachOpportunity(Instant since, Consumer<OpportunityExportRow> sink);

    /** @param since only follow-ups updated at or after this instant; null for all */
    void forEachFollowUp(Instant since, Consumer<FollowUpRow> sink);
}
