package org.callsheet.persistence;

import static org.callsheet.persistence.JooqImportBatching.copyInto;
import static org.callsheet.persistence.JooqImportBatching.insertWithoutId;
import static org.callsheet.persistence.JooqImportBatching.maxId;
import static org.callsheet.persistence.JooqImportBatching.newIds;
import static org.callsheet.persistence.JooqImportBatching.recordInserted;
import static org.callsheet.persistence.JooqImportBatching.updateById;
import static org.callsheet.persistence.JooqImportBatching.valuesThenId;
import static org.callsheet.persistence.JooqImportBatching.valuesWithoutId;
import static org.callsheet.persistence.JooqImportSession.CONTACT_ENTITY;
import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CONTACT_BEFORE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.callsheet.logic.csv.imports.ContactChange;
import org.callsheet.model.Contact;
import org.callsheet.persistence.jooq.tables.records.ContactRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** The contacts-file half of an import session, on the session's transaction. */
final class JooqImportContacts {
    private final DSLContext tx;
    private final ContactRecordMapper contacts;
    private final long batchId;

    JooqImportContacts(DSLContext tx, ContactRecordMapper contacts, long batchId) {
        this.tx = tx;
        this.contacts = contacts;
        this.batchId = batchId;
    }

    long[] insert(List<Contact> list) {
        if (list.isEmpty()) {
            return new long[0];
        }
        long idsAbove = maxId(tx, CONTACT.ID);
        BatchBindStep batch = insertWithoutId(tx, CONTACT);
        ContactRecord row = new ContactRecord();
        List<String> uids = new ArrayList<>(list.size());
        for (Contact c : list) {
            contacts.fill(row, c.withIds(null, c.customerId()), c.customerId());
            batch.bind(valuesWithoutId(row));
            uids.add(c.uid());
        }
        batch.execute();
        Map<String, Long> idByUid = newIds(tx, CONTACT.ID, CONTACT.UID, idsAbove, uids);
        long[] ids = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
            ids[i] = idByUid.get(list.get(i).uid());
        }
        recordInserted(tx, batchId, CONTACT_ENTITY, ids);
        return ids;
    }

    void change(List<ContactChange> changes, BatchBindStep changeBatch) {
        if (changes.isEmpty()) {
            return;
        }
        List<Long> ids = changes.stream().map(c -> c.contact().id()).toList();
        copyInto(tx, CONTACT, IMPORT_CONTACT_BEFORE, IMPORT_CONTACT_BEFORE.BATCH_ID, batchId, CONTACT.ID.in(ids));
        for (ContactChange change : changes) {
            Contact c = change.contact();
            changeBatch.bind(batchId, CONTACT_ENTITY, c.id(), c.uid(), change.kind().name());
        }
        rewrite(changes);
        changeBatch.execute();
    }

    /** Writes contacts again whose state before the import is recorded already (or that it inserted). */
    void rewrite(List<ContactChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        BatchBindStep batch = updateById(tx, CONTACT);
        ContactRecord row = new ContactRecord();
        for (ContactChange change : changes) {
            Contact c = change.contact();
            contacts.fill(row, c, c.customerId());
            batch.bind(valuesThenId(row));
        }
        batch.execute();
    }
}
