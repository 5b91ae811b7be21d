package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.persistence.jooq.Tables.CHECKLIST_TICK;
import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_FIELD_CHANGE;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;
import static org.callsheet.persistence.jooq.Tables.FOLLOW_UP;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY_CHANGE;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;
import static org.callsheet.persistence.jooq.Tables.VISIT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.model.CustomerStatus;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Undoing a customer delete brings back everything the delete took with it, not only the
 * customer's own fields: calls, follow-ups, checklist ticks, classification, manual status,
 * history, the black-face mark and visits, with their ids, so every reference between them holds.
 */
class CustomerDeleteUndoTest {
    private static final OffsetDateTime STAMP = OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.UTC);
    private final ClassificationTestData data = new ClassificationTestData();
    private final JooqCustomerRepository book = data.customerBook();

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void undoRestoresEveryRowTheDeleteRemovedWithItsIds() {
        long kept = data.customer("K-1", "留下公司");
        long customer = data.customer("D-1", "删除公司");
        data.db.dsl().insertInto(CUSTOMER_TAG, CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG).values(customer, "重点")
                .execute();
        long contact = data.db.dsl().insertInto(CONTACT).set(CONTACT.UID, UUID.randomUUID().toString())
                .set(CONTACT.CUSTOMER_ID, customer).set(CONTACT.NAME, "王经理").set(CONTACT.DECISION_MAKER, true)
                .set(CONTACT.CREATED_AT, STAMP).set(CONTACT.UPDATED_AT, STAMP).returning(CONTACT.ID)
                .fetchOne(CONTACT.ID);
        for (String date : List.of("2026-02-01", "2026-05-01", "2026-09-01")) {
            data.order(customer, date, "3000.00", "1000.00", null, null);
            data.order(kept, date, "500.00");
        }
        long call = data.db.dsl().insertInto(PHONE_CALL).set(PHONE_CALL.UID, UUID.randomUUID().toString())
                .set(PHONE_CALL.CUSTOMER_ID, customer).set(PHONE_CALL.CONTACT_ID, contact)
                .set(PHONE_CALL.STARTED_AT, STAMP).set(PHONE_CALL.OUTCOME, "CONNECTED").set(PHONE_CALL.CONNECTED, true)
                .set(PHONE_CALL.NEEDS, "要报价").set(PHONE_CALL.CREATED_AT, STAMP).set(PHONE_CALL.UPDATED_AT, STAMP)
                .returning(PHONE_CALL.ID).fetchOne(PHONE_CALL.ID);
        data.db.dsl().insertInto(FOLLOW_UP).set(FOLLOW_UP.UID, UUID.randomUUID().toString())
                .set(FOLLOW_UP.CUSTOMER_ID, customer).set(FOLLOW_UP.CONTACT_ID, contact).set(FOLLOW_UP.KIND, "CALL")
                .set(FOLLOW_UP.DUE_AT, STAMP.plusDays(3)).set(FOLLOW_UP.SOURCE_CALL_ID, call)
                .set(FOLLOW_UP.CREATED_AT, STAMP).set(FOLLOW_UP.UPDATED_AT, STAMP).execute();
        data.db.dsl().insertInto(CHECKLIST_TICK).set(CHECKLIST_TICK.ITEM_DATE, LocalDate.of(2026, 11, 20))
                .set(CHECKLIST_TICK.KIND, "CALLBACK").set(CHECKLIST_TICK.CUSTOMER_ID, customer)
                .set(CHECKLIST_TICK.TICKED_AT, STAMP).execute();
        data.db.dsl().insertInto(VISIT).set(VISIT.UID, UUID.randomUUID().toString()).set(VISIT.CUSTOMER_ID, customer)
                .set(VISIT.VISIT_DATE, LocalDate.of(2026, 11, 24)).set(VISIT.SEQUENCE, 1)
                .set(VISIT.PLANNED_ARRIVAL, java.time.LocalTime.of(10, 0)).set(VISIT.PURPOSE, "送样品")
                .set(VISIT.CREATED_AT, STAMP).set(VISIT.UPDATED_AT, STAMP).execute();
        long opportunity = data.db.dsl().insertInto(OPPORTUNITY).set(OPPORTUNITY.UID, UUID.randomUUID().toString())
                .set(OPPORTUNITY.CUSTOMER_ID, customer).set(OPPORTUNITY.TITLE, "年度耗材")
                .set(OPPORTUNITY.AMOUNT, new java.math.BigDecimal("50000.00")).set(OPPORTUNITY.SOURCE, "CALL")
                .set(OPPORTUNITY.STAGE, "QUOTE").set(OPPORTUNITY.PROBABILITY, 40).set(OPPORTUNITY.STAGE_SINCE, STAMP)
                .set(OPPORTUNITY.STATUS, "OPEN").set(OPPORTUNITY.QUOTE_AT, STAMP).set(OPPORTUNITY.CREATED_AT, STAMP)
                .set(OPPORTUNITY.UPDATED_AT, STAMP).returning(OPPORTUNITY.ID).fetchOne(OPPORTUNITY.ID);
        data.db.dsl().insertInto(OPPORTUNITY_CHANGE).set(OPPORTUNITY_CHANGE.OPPORTUNITY_ID, opportunity)
                .set(OPPORTUNITY_CHANGE.CHANGED_AT, STAMP).set(OPPORTUNITY_CHANGE.TO_STAGE, "QUOTE")
                .set(OPPORTUNITY_CHANGE.AMOUNT, new java.math.BigDecimal("50000.00"))
                .set(OPPORTUNITY_CHANGE.STATUS, "OPEN").execute();
        data.db.dsl().insertInto(CUSTOMER_FIELD_CHANGE).set(CUSTOMER_FIELD_CHANGE.CUSTOMER_ID, customer)
                .set(CUSTOMER_FIELD_CHANGE.CHANGED_AT, STAMP).set(CUSTOMER_FIELD_CHANGE.CHANGED_BY, "王芳")
                .set(CUSTOMER_FIELD_CHANGE.FIELD_KEY, "name").set(CUSTOMER_FIELD_CHANGE.OLD_TEXT, "删除")
                .set(CUSTOMER_FIELD_CHANGE.NEW_TEXT, "删除公司").execute();
        var historyBefore = data.db.dsl().selectFrom(OPPORTUNITY_CHANGE)
                .where(OPPORTUNITY_CHANGE.OPPORTUNITY_ID.eq(opportunity)).fetchMaps();
        data.service.setBlackFace(customer, true);
        data.service.reclassifyAll(LocalDate.of(2026, 11, 22), ClassificationProgress.NONE, () -> false);
        data.service.override(customer, CustomerStatus.BIG, "框架合同");
        data.service.reclassifyAll(LocalDate.of(2026, 11, 23), ClassificationProgress.NONE, () -> false);
        Map<String, List<Map<String, Object>>> before = rowsOf(customer);
        Map<String, List<Map<String, Object>>> keptBefore = rowsOf(kept);
        assertThat(before).as("the tables the scenario fills").allSatisfy((table, rows) -> {
            if (!table.equals("CLASSIFICATION_SNAPSHOT")) { // snapshots of old versions only (ADR 15)
                assertThat(rows).as(table).isNotEmpty();
            }
        });

        CustomerSnapshot snapshot = book.delete(customer).orElseThrow();
        assertThat(rowsOf(customer).values()).allSatisfy(rows -> assertThat(rows).isEmpty());

        book.restore(snapshot);

        assertThat(rowsOf(customer)).isEqualTo(before);
        assertThat(data.db.dsl().selectFrom(OPPORTUNITY_CHANGE).where(OPPORTUNITY_CHANGE.OPPORTUNITY_ID
                .eq(opportunity)).fetchMaps()).isEqualTo(historyBefore);
        assertThat(rowsOf(kept)).isEqualTo(keptBefore);
        assertThat(data.service.blackFace(customer)).isTrue();
        assertThat(data.service.status(customer)).contains(CustomerStatus.BIG);
    }

    @Test
    void aSnapshotFromAnotherBookIsInsertedFromItsFields() {
        long customer = data.customer("C-1", "复制公司");
        data.order(customer, "2026-03-01", "800.00");
        CustomerSnapshot full = book.delete(customer).orElseThrow();

        book.restore(new CustomerSnapshot(full.customer(), full.contacts(), full.orders()));

        assertThat(book.findById(customer)).contains(full.customer());
        assertThat(book.ordersOf(customer)).hasSize(1);
    }

    /** Every row of every table that refers to the customer, as column → value, in key order. */
    private Map<String, List<Map<String, Object>>> rowsOf(long customer) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (Table<?> table : data.db.dsl().meta().getTables()) {
            var field = table.field("CUSTOMER_ID");
            if (table.getName().equals("CUSTOMER")) {
                field = table.field("ID");
            }
            if (field == null || !table.getSchema().getName().equals("PUBLIC") || table.getName().startsWith("IMPORT_")) {
                continue;
            }
            rows.put(table.getName(), data.db.dsl().selectFrom(table).where(DSL.field(field.getQualifiedName())
                    .eq(customer)).orderBy(DSL.one()).fetchMaps().stream().sorted(
                            java.util.Comparator.comparing(Object::toString)).toList());
        }
        return rows;
    }
}
