package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.callsheet.logic.csv.imports.StoredKeys;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.TableField;

/**
 * Reads the keys of every stored customer or order once, for an import's key directory: pages of
 * {@value #PAGE} records in id order, so memory holds one page however large the table is.
 */
final class JooqImportKeys {
    static final int PAGE = 20_000;

    private final DSLContext tx;

    JooqImportKeys(DSLContext tx) {
        this.tx = tx;
    }

    void customers(Consumer<StoredKeys> sink) {
        long after = Long.MIN_VALUE;
        while (true) {
            var page = tx.select(CUSTOMER.ID, CUSTOMER.UID, CUSTOMER.EXTERNAL_ID, CUSTOMER.NAME).from(CUSTOMER)
                    .where(CUSTOMER.ID.gt(after)).orderBy(CUSTOMER.ID).limit(PAGE).fetch();
            if (page.isEmpty()) {
                return;
            }
            long first = page.get(0).value1();
            long last = page.get(page.size() - 1).value1();
            Map<Long, List<String[]>> phones = new HashMap<>();
            tx.select(CONTACT.CUSTOMER_ID, CONTACT.MOBILE, CONTACT.PHONE).from(CONTACT)
                    .where(CONTACT.CUSTOMER_ID.between(first, last))
                    .forEach(r -> phones.computeIfAbsent(r.value1(), k -> new ArrayList<>(1))
                            .add(new String[] {r.value2(), r.value3()}));
            for (var r : page) {
                List<String[]> contacts = phones.get(r.value1());
                if (contacts == null) {
                    sink.accept(new StoredKeys(r.value1(), r.value2(), r.value3(), r.value4(), null, null));
                } else {
                    for (String[] p : contacts) {
                        sink.accept(new StoredKeys(r.value1(), r.value2(), r.value3(), r.value4(), p[0], p[1]));
                    }
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            after = last;
        }
    }

    void customerReferences(Consumer<StoredKeys> sink) {
        references(CUSTOMER.ID, CUSTOMER.UID, CUSTOMER.EXTERNAL_ID, sink);
    }

    void orders(Consumer<StoredKeys> sink) {
        references(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.UID, CUSTOMER_ORDER.EXTERNAL_ID, sink);
    }

    private void references(TableField<?, Long> id, TableField<?, String> uid, TableField<?, String> externalId,
                            Consumer<StoredKeys> sink) {
        long after = Long.MIN_VALUE;
        while (true) {
            Result<Record3<Long, String, String>> page = tx.select(id, uid, externalId).from(id.getTable())
                    .where(id.gt(after)).orderBy(id).limit(PAGE).fetch();
            for (var r : page) {
                sink.accept(StoredKeys.of(r.value1(), r.value2(), r.value3()));
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).value1();
        }
    }
}
