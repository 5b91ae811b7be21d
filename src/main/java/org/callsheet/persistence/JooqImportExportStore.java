package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;
import static org.callsheet.persistence.jooq.Tables.FOLLOW_UP;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;
import static org.callsheet.persistence.jooq.Tables.VISIT;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.callsheet.logic.csv.exports.ExportStore;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.FollowUpStatus;
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
    private final CallRecordMapper calls = new CallRecordMapper();
    private final FollowUpRecordMapper followUps = new FollowUpRecordMapper();
    private final VisitRecordMapper visits = new VisitRecordMapper();
    private final OpportunityRecordMapper opportunities = new OpportunityRecordMapper();

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

    @Override
    public void forEachContact(Instant since, Consumer<ContactRow> sink) {
        Field<String> reference = customerReference();
        Condition updated = since == null ? DSL.trueCondition() : CONTACT.UPDATED_AT.ge(Stamps.toDb(since));
        try (Cursor<Record> cursor = dsl.select(CONTACT.fields()).select(reference)
                .from(CONTACT).join(CUSTOMER).on(CUSTOMER.ID.eq(CONTACT.CUSTOMER_ID))
                .where(updated)
                .orderBy(CONTACT.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                sink.accept(new ContactRow(contacts.toModel(r.into(CONTACT)), r.get(reference)));
            }
        }
    }

    @Override
    public Optional<String> setting(String key) {
        return new JooqSettingsRepository(dsl).get(key);
    }

    @Override
    public void forEachCall(Instant since, Consumer<CallRow> sink) {
        Field<String> reference = customerReference();
        Field<java.time.OffsetDateTime> followUpAt = DSL.field(DSL.select(DSL.min(FOLLOW_UP.DUE_AT)).from(FOLLOW_UP)
                .where(FOLLOW_UP.SOURCE_CALL_ID.eq(PHONE_CALL.ID))
                .and(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN.name()))).as("follow_up_at");
        Condition updated = since == null ? DSL.trueCondition() : PHONE_CALL.UPDATED_AT.ge(Stamps.toDb(since));
        try (Cursor<Record> cursor = dsl.select(PHONE_CALL.fields()).select(reference, CONTACT.NAME, followUpAt)
                .from(PHONE_CALL).join(CUSTOMER).on(CUSTOMER.ID.eq(PHONE_CALL.CUSTOMER_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(PHONE_CALL.CONTACT_ID))
                .where(updated)
                .orderBy(PHONE_CALL.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                sink.accept(new CallRow(calls.toModel(r.into(PHONE_CALL)), r.get(reference), r.get(CONTACT.NAME),
                        Stamps.fromDb(r.get(followUpAt))));
            }
        }
    }

    @Override
    public void forEachVisit(Instant since, Consumer<VisitRow> sink) {
        Field<String> reference = customerReference();
        Condition updated = since == null ? DSL.trueCondition() : VISIT.UPDATED_AT.ge(Stamps.toDb(since));
        try (Cursor<Record> cursor = dsl.select(VISIT.fields()).select(reference)
                .from(VISIT).join(CUSTOMER).on(CUSTOMER.ID.eq(VISIT.CUSTOMER_ID))
                .where(updated)
                .orderBy(VISIT.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                sink.accept(new VisitRow(visits.toModel(r.into(VISIT)), r.get(reference)));
            }
        }
    }

    @Override
    public void forEachOpportunity(Instant since, Consumer<OpportunityExportRow> sink) {
        Field<String> reference = customerReference();
        Condition updated = since == null ? DSL.trueCondition() : OPPORTUNITY.UPDATED_AT.ge(Stamps.toDb(since));
        try (Cursor<Record> cursor = dsl.select(OPPORTUNITY.fields()).select(reference)
                .from(OPPORTUNITY).join(CUSTOMER).on(CUSTOMER.ID.eq(OPPORTUNITY.CUSTOMER_ID))
                .where(updated)
                .orderBy(OPPORTUNITY.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                sink.accept(new OpportunityExportRow(opportunities.toModel(r.into(OPPORTUNITY)), r.get(reference)));
            }
        }
    }

    @Override
    public void forEachFollowUp(Instant since, Consumer<FollowUpRow> sink) {
        Field<String> reference = customerReference();
        Condition updated = since == null ? DSL.trueCondition() : FOLLOW_UP.UPDATED_AT.ge(Stamps.toDb(since));
        try (Cursor<Record> cursor = dsl.select(FOLLOW_UP.fields()).select(reference, CONTACT.NAME, PHONE_CALL.UID)
                .from(FOLLOW_UP).join(CUSTOMER).on(CUSTOMER.ID.eq(FOLLOW_UP.CUSTOMER_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(FOLLOW_UP.CONTACT_ID))
                .leftJoin(PHONE_CALL).on(PHONE_CALL.ID.eq(FOLLOW_UP.SOURCE_CALL_ID))
                .where(updated)
                .orderBy(FOLLOW_UP.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                sink.accept(new FollowUpRow(followUps.toModel(r.into(FOLLOW_UP)), r.get(reference),
                        r.get(CONTACT.NAME), r.get(PHONE_CALL.UID)));
            }
        }
    }

    private static Field<String> customerReference() {
        return DSL.coalesce(CUSTOMER.EXTERNAL_ID, CUSTOMER.UID).as("customer_reference");
    }
}
