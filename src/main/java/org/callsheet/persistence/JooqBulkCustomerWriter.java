package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Contact;
import org.callsheet.model.Order;
import org.callsheet.persistence.jooq.tables.records.ContactRecord;
import org.callsheet.persistence.jooq.tables.records.CustomerOrderRecord;
import org.callsheet.persistence.jooq.tables.records.CustomerRecord;
import org.callsheet.persistence.jooq.tables.records.CustomerTagRecord;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStepN;

/** Batched inserts of many customers at once (demo data, large imports). */
public final class JooqBulkCustomerWriter implements BulkCustomerWriter {
    private static final int ROWS_PER_STATEMENT = 500;

    private final DSLContext dsl;
    private final CustomerRecordMapper customers;
    private final ContactRecordMapper contacts;
    private final OrderRecordMapper orders = new OrderRecordMapper();

    public JooqBulkCustomerWriter(DSLContext dsl, Pinyin pinyin, PhoneNormalizer phones) {
        this.dsl = dsl;
        this.customers = new CustomerRecordMapper(pinyin);
        this.contacts = new ContactRecordMapper(phones);
    }

    @Override
    public int insertAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Map<String, Long> idByUid = insertCustomers(tx, entries);
            List<ContactRecord> contactRows = new ArrayList<>();
            List<CustomerOrderRecord> orderRows = new ArrayList<>();
            List<CustomerTagRecord> tagRows = new ArrayList<>();
            for (Entry e : entries) {
                long id = idByUid.get(e.customer().uid());
                for (Contact c : e.contacts()) {
                    ContactRecord r = new ContactRecord();
                    contacts.fill(r, c, id);
                    r.changed(CONTACT.ID, false);
                    contactRows.add(r);
                }
                for (Order o : e.orders()) {
                    CustomerOrderRecord r = new CustomerOrderRecord();
                    orders.fill(r, o, id);
                    r.changed(CUSTOMER_ORDER.ID, false);
                    orderRows.add(r);
                }
                for (String tag : new java.util.LinkedHashSet<>(e.customer().tags())) {
                    tagRows.add(new CustomerTagRecord(id, tag));
                }
            }
            tx.batchInsert(contactRows).execute();
            tx.batchInsert(orderRows).execute();
            tx.batchInsert(tagRows).execute();
        });
        return entries.size();
    }

    private Map<String, Long> insertCustomers(DSLContext tx, List<Entry> entries) {
        Map<String, Long> idByUid = new HashMap<>(entries.size() * 2);
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
            InsertValuesStepN<CustomerRecord> insert = null;
            for (Entry e : chunk) {
                CustomerRecord r = new CustomerRecord();
                customers.fill(r, e.customer().withId(null));
                List<Object> values = new ArrayList<>();
                for (int i = 1; i < CUSTOMER.fields().length; i++) {
                    values.add(r.get(i));
                }
                if (insert == null) {
                    insert = tx.insertInto(CUSTOMER, java.util.Arrays.asList(CUSTOMER.fields())
                            .subList(1, CUSTOMER.fields().length)).values(values);
                } else {
                    insert = insert.values(values);
                }
            }
            insert.returningResult(CUSTOMER.ID, CUSTOMER.UID).fetch()
                    .forEach(r -> idByUid.put(r.value2(), r.value1()));
        }
        return idByUid;
    }
}
