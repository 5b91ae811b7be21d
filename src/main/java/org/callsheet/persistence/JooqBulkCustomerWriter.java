package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Batched inserts of many customers at once (demo data, large imports): one statement rendered
 * per table and bound once per row, in one transaction per call.
 */
public final class JooqBulkCustomerWriter implements BulkCustomerWriter {
    private static final int IDS_PER_LOOKUP = 1000;

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
            BatchBindStep customerBatch = insertWithoutId(tx, CUSTOMER);
            List<String> uids = new ArrayList<>(entries.size());
            CustomerRecord customerRow = new CustomerRecord();
            for (Entry e : entries) {
                customers.fill(customerRow, e.customer().withId(null));
                customerBatch.bind(valuesWithoutId(customerRow));
                uids.add(e.customer().uid());
            }
            customerBatch.execute();
            Map<String, Long> idByUid = idsOf(tx, uids);

            BatchBindStep contactBatch = insertWithoutId(tx, CONTACT);
            BatchBindStep orderBatch = insertWithoutId(tx, CUSTOMER_ORDER);
            BatchBindStep tagBatch = tx.batch(tx.insertInto(CUSTOMER_TAG, CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG)
                    .values((Long) null, null));
            int contactCount = 0;
            int orderCount = 0;
            int tagCount = 0;
            ContactRecord contactRow = new ContactRecord();
            CustomerOrderRecord orderRow = new CustomerOrderRecord();
            for (Entry e : entries) {
                long id = idByUid.get(e.customer().uid());
                for (Contact c : e.contacts()) {
                    contacts.fill(contactRow, c.withIds(null, id), id);
                    contactBatch.bind(valuesWithoutId(contactRow));
                    contactCount++;
                }
                for (Order o : e.orders()) {
                    orders.fill(orderRow, o.withId(null), id);
                    orderBatch.bind(valuesWithoutId(orderRow));
                    orderCount++;
                }
                for (String tag : new LinkedHashSet<>(e.customer().tags())) {
                    tagBatch.bind(id, tag);
                    tagCount++;
                }
            }
            if (contactCount > 0) {
                contactBatch.execute();
            }
            if (orderCount > 0) {
                orderBatch.execute();
            }
            if (tagCount > 0) {
                tagBatch.execute();
            }
        });
        return entries.size();
    }

    /** A batch of "INSERT INTO t (all columns but ID) VALUES (?, ...)". */
    private static BatchBindStep insertWithoutId(DSLContext tx, Table<?> table) {
        List<Field<?>> fields = withoutId(table);
        Object[] placeholders = new Object[fields.size()];
        return tx.batch(tx.insertInto(table, fields).values(placeholders));
    }

    private static List<Field<?>> withoutId(Table<?> table) {
        return Arrays.asList(table.fields()).subList(1, table.fields().length);
    }

    private static Object[] valuesWithoutId(Record row) {
        Object[] values = new Object[row.size() - 1];
        for (int i = 1; i < row.size(); i++) {
            values[i - 1] = row.get(i);
        }
        return values;
    }

    private static Map<String, Long> idsOf(DSLContext tx, List<String> uids) {
        Map<String, Long> idByUid = new HashMap<>(uids.size() * 2);
        for (int from = 0; from < uids.size(); from += IDS_PER_LOOKUP) {
            List<String> chunk = uids.subList(from, Math.min(uids.size(), from + IDS_PER_LOOKUP));
            tx.select(CUSTOMER.ID, CUSTOMER.UID).from(CUSTOMER).where(CUSTOMER.UID.in(chunk))
                    .forEach(r -> idByUid.put(r.value2(), r.value1()));
        }
        return idByUid;
    }
}
