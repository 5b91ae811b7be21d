package org.callsheet.persistence;

import static org.callsheet.persistence.JooqImportBatching.copyInto;
import static org.callsheet.persistence.JooqImportBatching.idsOf;
import static org.callsheet.persistence.JooqImportBatching.insertWithoutId;
import static org.callsheet.persistence.JooqImportBatching.maxId;
import static org.callsheet.persistence.JooqImportBatching.newIds;
import static org.callsheet.persistence.JooqImportBatching.recordInserted;
import static org.callsheet.persistence.JooqImportBatching.updateById;
import static org.callsheet.persistence.JooqImportBatching.valuesThenId;
import static org.callsheet.persistence.JooqImportBatching.valuesWithoutId;
import static org.callsheet.persistence.JooqImportSession.CUSTOMER_ENTITY;
import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_FIELD_CHANGE;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CONTACT_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CUSTOMER_BEFORE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_TAG_BEFORE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callsheet.logic.csv.imports.CustomerChange;
import org.callsheet.logic.csv.imports.NewCustomer;
import org.callsheet.logic.csv.imports.StoredCustomer;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.persistence.jooq.tables.records.ContactRecord;
import org.callsheet.persistence.jooq.tables.records.CustomerRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The customer half of an import session, on the session's transaction: customers with their
 * contacts and tags, the values they had before (for undo) and their field history. It counts the
 * rows it writes into {@code checkpoints}; the session decides when to commit.
 */
final class JooqImportCustomers {
    private final DSLContext tx;
    private final CustomerRecordMapper customers;
    private final ContactRecordMapper contacts;
    private final long batchId;
    private final ImportCheckpoints checkpoints;
    private final CustomerFieldChangeWriter fieldHistory;

    JooqImportCustomers(DSLContext tx, CustomerRecordMapper customers, ContactRecordMapper contacts, long batchId,
                        ImportCheckpoints checkpoints, CustomerFieldChangeWriter fieldHistory) {
        this.tx = tx;
        this.customers = customers;
        this.contacts = contacts;
        this.batchId = batchId;
        this.checkpoints = checkpoints;
        this.fieldHistory = fieldHistory;
    }

    List<StoredCustomer> byId(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> tags = new HashMap<>();
        tx.select(CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG).from(CUSTOMER_TAG)
                .where(CUSTOMER_TAG.CUSTOMER_ID.in(ids)).orderBy(CUSTOMER_TAG.TAG)
                .forEach(r -> tags.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<Contact>> contactsById = new HashMap<>();
        tx.selectFrom(CONTACT).where(CONTACT.CUSTOMER_ID.in(ids)).orderBy(CONTACT.ID)
                .forEach(r -> contactsById.computeIfAbsent(r.getCustomerId(), k -> new ArrayList<>())
                        .add(contacts.toModel(r)));
        return tx.selectFrom(CUSTOMER).where(CUSTOMER.ID.in(ids)).orderBy(CUSTOMER.ID)
                .fetch(r -> new StoredCustomer(customers.toModel(r, tags.getOrDefault(r.getId(), List.of())),
                        contactsById.getOrDefault(r.getId(), List.of())));
    }


    Set<String> storedContactUids(Collection<String> uids) {
        if (uids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(tx.select(CONTACT.UID).from(CONTACT).where(CONTACT.UID.in(uids)).fetch(CONTACT.UID));
    }


    long[] insert(List<NewCustomer> list) {
        if (list.isEmpty()) {
            return new long[0];
        }
        checkpoints.writing(CUSTOMER, list.size());
        long idsAbove = maxId(tx, CUSTOMER.ID);
        BatchBindStep customerBatch = insertWithoutId(tx, CUSTOMER);
        // the name's pinyin is most of a row's preparation: on every core while this thread writes
        customerRows(list).forEach(customerBatch::bind);
        List<String> uids = list.stream().map(n -> n.customer().uid()).toList();
        customerBatch.execute();
        Map<String, Long> idByUid = newIds(tx, CUSTOMER.ID, CUSTOMER.UID, idsAbove, uids);
        long[] ids = new long[list.size()];
        BatchBindStep contactBatch = insertWithoutId(tx, CONTACT);
        ContactRecord contactRow = new ContactRecord();
        int contactCount = 0;
        List<Object[]> tags = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            NewCustomer n = list.get(i);
            long id = idByUid.get(n.customer().uid());
            ids[i] = id;
            for (Contact contact : n.contacts()) {
                contacts.fill(contactRow, contact.withIds(null, id), id);
                contactBatch.bind(valuesWithoutId(contactRow));
                contactCount++;
            }
            for (String tag : new LinkedHashSet<>(n.customer().tags())) {
                tags.add(new Object[] {id, tag});
            }
        }
        checkpoints.writing(CONTACT, contactCount);
        if (contactCount > 0) {
            contactBatch.execute();
        }
        insertTags(tags);
        recordInserted(tx, batchId, CUSTOMER_ENTITY, ids);
        return ids;
    }


    private List<Object[]> customerRows(List<NewCustomer> list) {
        return list.parallelStream().map(n -> {
            CustomerRecord row = new CustomerRecord();
            customers.fill(row, n.customer().withId(null));
            return valuesWithoutId(row);
        }).toList();
    }


    void change(List<CustomerChange> changes, BatchBindStep changeBatch) {
        if (changes.isEmpty()) {
            return;
        }
        checkpoints.writing(CUSTOMER, changes.size());
        List<Long> ids = changes.stream().map(c -> c.customer().id()).toList();
        copyInto(tx, CUSTOMER, IMPORT_CUSTOMER_BEFORE, IMPORT_CUSTOMER_BEFORE.BATCH_ID, batchId, CUSTOMER.ID.in(ids));
        copyInto(tx, CONTACT, IMPORT_CONTACT_BEFORE, IMPORT_CONTACT_BEFORE.BATCH_ID, batchId,
                CONTACT.CUSTOMER_ID.in(ids));
        tx.insertInto(IMPORT_TAG_BEFORE, IMPORT_TAG_BEFORE.BATCH_ID, IMPORT_TAG_BEFORE.CUSTOMER_ID, IMPORT_TAG_BEFORE.TAG)
                .select(tx.select(DSL.inline(batchId), CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG).from(CUSTOMER_TAG)
                        .where(CUSTOMER_TAG.CUSTOMER_ID.in(ids)))
                .execute();
        for (CustomerChange change : changes) {
            Customer c = change.customer();
            changeBatch.bind(batchId, CUSTOMER_ENTITY, c.id(), c.uid(), change.kind().name());
        }
        updateCustomers(changes);
        changeBatch.execute();
        writeFieldHistory(changes);
    }


    void rewrite(List<CustomerChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        checkpoints.writing(CUSTOMER, changes.size());
        updateCustomers(changes);
        writeFieldHistory(changes);
    }


    /** The fields each write changed, attributed to this import, one batch for the chunk. */
    private void writeFieldHistory(List<CustomerChange> changes) {
        for (CustomerChange change : changes) {
            Customer c = change.customer();
            fieldHistory.add(c.id(), c.updatedAt(), change.changedFields());
        }
        checkpoints.writing(CUSTOMER_FIELD_CHANGE, fieldHistory.pending());
        fieldHistory.write();
    }


    private void updateCustomers(List<CustomerChange> changes) {
        List<Long> ids = changes.stream().map(c -> c.customer().id()).toList();
        BatchBindStep customerBatch = updateById(tx, CUSTOMER);
        BatchBindStep contactUpdates = updateById(tx, CONTACT);
        BatchBindStep contactInserts = insertWithoutId(tx, CONTACT);
        CustomerRecord customerRow = new CustomerRecord();
        ContactRecord contactRow = new ContactRecord();
        int updatedContacts = 0;
        int newContacts = 0;
        List<Object[]> tags = new ArrayList<>();
        for (CustomerChange change : changes) {
            Customer c = change.customer();
            customers.fill(customerRow, c);
            customerBatch.bind(valuesThenId(customerRow));
            for (String tag : new LinkedHashSet<>(c.tags())) {
                tags.add(new Object[] {c.id(), tag});
            }
            for (Contact contact : change.contacts()) {
                contacts.fill(contactRow, contact.withIds(contact.id(), c.id()), c.id());
                if (contact.id() != null) {
                    contactUpdates.bind(valuesThenId(contactRow));
                    updatedContacts++;
                } else {
                    contactInserts.bind(valuesWithoutId(contactRow));
                    newContacts++;
                }
            }
        }
        customerBatch.execute();
        if (updatedContacts > 0) {
            contactUpdates.execute();
        }
        if (newContacts > 0) {
            contactInserts.execute();
        }
        tx.deleteFrom(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.in(ids)).execute();
        insertTags(tags);
    }


    Map<String, Long> idsByReference(Collection<String> references) {
        Map<String, Long> ids = idsOf(tx, CUSTOMER.ID, CUSTOMER.EXTERNAL_ID, references);
        List<String> rest = references.stream().filter(r -> !ids.containsKey(r)).toList();
        ids.putAll(idsOf(tx, CUSTOMER.ID, CUSTOMER.UID, rest));
        return ids;
    }

    private void insertTags(List<Object[]> tags) {
        if (tags.isEmpty()) {
            return;
        }
        checkpoints.writing(CUSTOMER_TAG, tags.size());
        BatchBindStep tagBatch = tx.batch(tx.insertInto(CUSTOMER_TAG, CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG)
                .values((Long) null, null));
        tags.forEach(tagBatch::bind);
        tagBatch.execute();
    }
}
