package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.callsheet.logic.imports.ExportStore;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.jooq.tables.Contact;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * What exports read, through cursors: one query per file, rows mapped one at a time. Tags come
 * aggregated with a separator no tag contains (the unit separator).
 */
public final class JooqImportExportStore implements ExportStore {
    private static final String TAG_SEPARATOR = "\u001F";
    private static final int FETCH_SIZE = 1_000;

    private final DSLContext dsl;
    private final CustomerRecordMapper customers;
    private final ContactRecordMapper contacts;
    private final OrderRecordMapper orders = new OrderRecordMapper();

    public JooqImportExportStore(DSLContext dsl, Pinyin pinyin, PhoneNormalizer phones) {
        this.dsl = dsl;
        this.customers = new CustomerRecordMapper(pinyin);
        this.contacts = new ContactRecordMapper(phones);
    }

    @Override
    public void forEachCustomer(Instant since, Consumer<CustomerRow> sink) {
        Contact first = CONTACT.as("first_contact");
        Field<String> tags = DSL.field(DSL.select(DSL.listAgg(CUSTOMER_TAG.TAG, TAG_SEPARATOR)
                .withinGroupOrderBy(CUSTOMER_TAG.TAG)).from(CUSTOMER_TAG)
                .where(CUSTOMER_TAG.CUSTOMER_ID.eq(CUSTOMER.ID))).as("tag_list");
        Condition updated = since == null ? DSL.trueCondition()
                : CUSTOMER.UPDATED_AT.ge(Stamps.toDb(since)).or(first.UPDATED_AT.ge(Stamps.toDb(since)));
        try (Cursor<Record> cursor = dsl.select(CUSTOMER.fields()).select(tags).select(first.fields())
                .from(CUSTOMER)
                .leftJoin(first).on(first.ID.eq(DSL.select(DSL.min(CONTACT.ID)).from(CONTACT)
                        .where(CONTACT.CUSTOMER_ID.eq(CUSTOMER.ID))))
                .where(updated)
                .orderBy(CUSTOMER.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                String tagText = r.get(tags);
                List<String> tagList = tagText == null ? List.of() : Arrays.asList(tagText.split(TAG_SEPARATOR));
                var contact = r.get(first.ID) == null ? Optional.<org.callsheet.model.Contact>empty()
                        : Optional.of(contacts.toModel(r.into(first).into(CONTACT)));
                sink.accept(new CustomerRow(customers.toModel(r, tagList), contact));
            }
        }
    }

    @Override
    public void forEachOrder(Instant since, Consumer<OrderRow> sink) {
        Field<String> reference = DSL.coalesce(CUSTOMER.EXTERNAL_ID, CUSTOMER.UID).as("customer_reference");
        Condition updated = since == null ? DSL.trueCondition() : CUSTOMER_ORDER.UPDATED_AT.ge(Stamps.toDb(since));
        try (Cursor<Record> cursor = dsl.select(CUSTOMER_ORDER.fields()).select(reference)
                .from(CUSTOMER_ORDER).join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_ORDER.CUSTOMER_ID))
                .where(updated)
                .orderBy(CUSTOMER_ORDER.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                sink.accept(new OrderRow(orders.toModel(r.into(CUSTOMER_ORDER)), r.get(reference)));
            }
        }
    }
}
