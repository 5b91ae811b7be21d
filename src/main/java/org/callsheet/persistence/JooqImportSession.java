package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;
import static org.callsheet.persistence.jooq.Tables.FOLLOW_UP;
import static org.callsheet.persistence.jooq.Tables.IMPORT_BATCH;
import static org.callsheet.persistence.jooq.Tables.IMPORT_CHANGE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_SETTING_BEFORE;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;
import static org.callsheet.persistence.jooq.Tables.VISIT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.imports.BatchStart;
import org.callsheet.logic.csv.imports.CallChange;
import org.callsheet.logic.csv.imports.NewOpportunity;
import org.callsheet.logic.csv.imports.OpportunityUpdate;
import org.callsheet.logic.csv.imports.ContactChange;
import org.callsheet.logic.csv.imports.CustomerChange;
import org.callsheet.logic.csv.imports.ImportCounts;
import org.callsheet.logic.csv.imports.ImportSession;
import org.callsheet.logic.csv.imports.NewCustomer;
import org.callsheet.logic.csv.imports.OrderChange;
import org.callsheet.logic.csv.imports.StoredCustomer;
import org.callsheet.logic.csv.imports.StoredKeys;
import org.callsheet.logic.csv.imports.VisitChange;
import org.callsheet.model.Call;
import org.callsheet.model.ChangeSource;
import org.callsheet.model.Contact;
import org.callsheet.model.FollowUp;
import org.callsheet.model.Opportunity;
import org.callsheet.model.Order;
import org.callsheet.model.Visit;
import org.callsheet.persistence.jooq.tables.records.ImportBatchRecord;
import org.jooq.BatchBindStep;
import org.jooq.ConnectionProvider;
import org.callsheet.persistence.safety.StorageFailureListener;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * One import on one connection with auto-commit off. A small import is committed at once by
 * {@link #commit()} or not at all; a large one commits every so many rows
 * while its batch is marked in progress, and closing without {@link #commit()} removes the batch
 * again, previous values put back ({@link UnfinishedImports}, ADR 33).
 */
final class JooqImportSession implements ImportSession {
    static final String CUSTOMER_ENTITY = "CUSTOMER";
    static final String ORDER_ENTITY = "ORDER";
    static final String CALL_ENTITY = "CALL";
    static final String FOLLOW_UP_ENTITY = "FOLLOW_UP";
    static final String CONTACT_ENTITY = "CONTACT";
    static final String VISIT_ENTITY = "VISIT";
    static final String OPPORTUNITY_ENTITY = "OPPORTUNITY";

    private final DSLContext pooled;
    private final ConnectionProvider provider;
    private final Connection connection;
    private final DSLContext tx;
    private final ImportBatchMapper batches = new ImportBatchMapper();
    private final JooqImportKeys keys;
    private final long batchId;
    private final JooqImportCalls calls;
    private final JooqImportContacts contactWriter;
    private final JooqImportOrders orderWriter;
    private final JooqImportVisits visits;
    private final ImportCheckpoints checkpoints;
    private final Set<String> settingsKept = new HashSet<>();
    private final JooqImportOpportunities opportunities;
    private final JooqImportCustomers customerWriter;
    private boolean committed;

    JooqImportSession(DSLContext dsl, CustomerRecordMapper customers, ContactRecordMapper contacts, BatchStart start,
                      ImportCheckpoints.Limits limits) {
        this.pooled = dsl;
        this.provider = dsl.configuration().connectionProvider();
        this.connection = provider.acquire();
        try {
            connection.setAutoCommit(false);
            // OffsetDateTime bound as itself, not formatted to text and parsed back by H2, for every row.
            this.tx = DSL.using(dsl.configuration().derive(new DefaultConnectionProvider(connection))
                    .derive(org.jooq.conf.SettingsTools.clone(dsl.settings()).withBindOffsetDateTimeType(true)));
            this.keys = new JooqImportKeys(tx);
            ImportBatchRecord batch = tx.newRecord(IMPORT_BATCH);
            batch.setEntity(start.entityId());
            batch.setFileName(start.fileName().length() > 500 ? start.fileName().substring(0, 500) : start.fileName());
            batch.setPolicy(start.policy().name());
            batch.setStartedAt(Stamps.toDb(start.startedAt()));
            batch.setInProgress(true);
            batch.store();
            this.batchId = batch.getId();
            this.calls = new JooqImportCalls(tx, contacts, batchId);
            this.contactWriter = new JooqImportContacts(tx, contacts, batchId);
            this.orderWriter = new JooqImportOrders(tx, batchId);
            this.visits = new JooqImportVisits(tx, batchId);
            this.checkpoints = new ImportCheckpoints(connection, tx.configuration(), limits.rowsPerCommit(),
                    new DeferredIndexes(tx, batchId, limits.rowsBeforeIndexesGoOff()));
            this.checkpoints.beforeWriting(tablesWritten(start.entityId()), start.fileRows());
            this.opportunities = new JooqImportOpportunities(tx, batchId);
            this.customerWriter = new JooqImportCustomers(tx, customers, contacts, batchId, checkpoints,
                    new CustomerFieldChangeWriter(tx, ChangeSource.importBatch(batchId, batch.getFileName())));
        } catch (SQLException | RuntimeException e) {
            giveBack();
            throw e instanceof RuntimeException r ? r : new DatabaseException("cannot start an import", e);
        }
    }

    /** The tables an import of the entity fills with one row or more per row of its file. */
    private static List<Table<?>> tablesWritten(String entityId) {
        return switch (entityId) {
            case StandardEntities.CUSTOMERS_ID -> List.of(CUSTOMER, CONTACT, CUSTOMER_TAG);
            case StandardEntities.ORDERS_ID -> List.of(CUSTOMER_ORDER);
            case StandardEntities.CONTACTS_ID -> List.of(CONTACT);
            case StandardEntities.CALLS_ID -> List.of(PHONE_CALL, FOLLOW_UP);
            case StandardEntities.VISITS_ID -> List.of(VISIT);
            default -> List.of();
        };
    }

    @Override
    public long batchId() {
        return batchId;
    }

    @Override
    public void customerKeys(Consumer<StoredKeys> sink) {
        keys.customers(sink);
    }

    @Override
    public void customerReferences(Consumer<StoredKeys> sink) {
        keys.customerReferences(sink);
    }

    @Override
    public List<StoredCustomer> customersById(Collection<Long> ids) {
        return customerWriter.byId(ids);
    }

    @Override
    public Set<String> storedContactUids(Collection<String> uids) {
        return customerWriter.storedContactUids(uids);
    }

    @Override
    public long[] insertCustomers(List<NewCustomer> list) {
        if (list.isEmpty()) {
            return new long[0];
        }
        return checkpointAfter(customerWriter.insert(list));
    }

    @Override
    public void changeCustomers(List<CustomerChange> changes) {
        if (!changes.isEmpty()) {
            customerWriter.change(changes, changeBatch());
            checkpoints.checkpoint();
        }
    }

    @Override
    public void rewriteCustomers(List<CustomerChange> changes) {
        if (!changes.isEmpty()) {
            customerWriter.rewrite(changes);
            checkpoints.checkpoint();
        }
    }

    @Override
    public Map<String, Long> customerIdsByReference(Collection<String> references) {
        return customerWriter.idsByReference(references);
    }

    @Override
    public void orderKeys(Consumer<StoredKeys> sink) {
        keys.orders(sink);
    }

    @Override
    public List<Order> ordersById(Collection<Long> ids) {
        return orderWriter.byId(ids);
    }

    @Override
    public long[] insertOrders(List<Order> list) {
        checkpoints.writing(CUSTOMER_ORDER, list.size());
        return checkpointAfter(orderWriter.insert(list));
    }

    @Override
    public void changeOrders(List<OrderChange> changes) {
        checkpoints.writing(CUSTOMER_ORDER, changes.size());
        orderWriter.change(changes, changeBatch());
        checkpoints.checkpoint();
    }

    @Override
    public void rewriteOrders(List<OrderChange> changes) {
        checkpoints.writing(CUSTOMER_ORDER, changes.size());
        orderWriter.rewrite(changes);
        checkpoints.checkpoint();
    }

    @Override
    public long[] insertContacts(List<Contact> list) {
        checkpoints.writing(CONTACT, list.size());
        return checkpointAfter(contactWriter.insert(list));
    }

    @Override
    public void changeContacts(List<ContactChange> changes) {
        checkpoints.writing(CONTACT, changes.size());
        contactWriter.change(changes, changeBatch());
        checkpoints.checkpoint();
    }

    @Override
    public void rewriteContacts(List<ContactChange> changes) {
        checkpoints.writing(CONTACT, changes.size());
        contactWriter.rewrite(changes);
        checkpoints.checkpoint();
    }

    @Override
    public Map<Long, List<Contact>> contactsOf(Collection<Long> customerIds) {
        return calls.contactsOf(customerIds);
    }

    @Override
    public List<Call> callCandidates(Collection<String> uids, Collection<String> externalIds,
                                     Collection<Long> customerIds, Collection<Instant> startTimes) {
        return calls.candidates(uids, externalIds, customerIds, startTimes);
    }

    @Override
    public Set<Long> callsWithOpenFollowUp(Collection<Long> callIds) {
        return calls.withOpenFollowUp(callIds);
    }

    @Override
    public long[] insertCalls(List<Call> list) {
        checkpoints.writing(PHONE_CALL, list.size());
        return checkpointAfter(calls.insert(list));
    }

    @Override
    public void changeCalls(List<CallChange> changes) {
        checkpoints.writing(PHONE_CALL, changes.size());
        calls.change(changes, changeBatch());
        checkpoints.checkpoint();
    }

    @Override
    public void rewriteCalls(List<CallChange> changes) {
        checkpoints.writing(PHONE_CALL, changes.size());
        calls.rewrite(changes);
        checkpoints.checkpoint();
    }

    @Override
    public void insertFollowUps(List<FollowUp> followUps) {
        checkpoints.writing(FOLLOW_UP, followUps.size());
        calls.insertFollowUps(followUps);
        checkpoints.checkpoint();
    }

    @Override
    public List<Visit> visitCandidates(Collection<String> uids, Collection<Long> customerIds,
                                       Collection<LocalDate> days) {
        return visits.candidates(uids, customerIds, days);
    }

    @Override
    public long[] insertVisits(List<Visit> list) {
        checkpoints.writing(VISIT, list.size());
        return checkpointAfter(visits.insert(list));
    }

    @Override
    public void changeVisits(List<VisitChange> changes) {
        checkpoints.writing(VISIT, changes.size());
        visits.change(changes, changeBatch());
        checkpoints.checkpoint();
    }

    @Override
    public void rewriteVisits(List<VisitChange> changes) {
        checkpoints.writing(VISIT, changes.size());
        visits.rewrite(changes);
        checkpoints.checkpoint();
    }

    @Override
    public List<Opportunity> opportunityCandidates(Collection<String> uids, Collection<String> externalIds) {
        return opportunities.candidates(uids, externalIds);
    }

    @Override
    public long[] insertOpportunities(List<NewOpportunity> list) {
        return opportunities.insert(list);
    }

    @Override
    public void changeOpportunities(List<OpportunityUpdate> changes) {
        opportunities.change(changes, changeBatch());
    }

    @Override
    public void rewriteOpportunities(List<OpportunityUpdate> changes) {
        opportunities.rewrite(changes);
    }

    @Override
    public Optional<String> setting(String key) {
        return new JooqSettingsRepository(tx).get(key);
    }

    @Override
    public void putSetting(String key, String value) {
        JooqSettingsRepository settings = new JooqSettingsRepository(tx);
        if (settingsKept.add(key)) {
            tx.insertInto(IMPORT_SETTING_BEFORE, IMPORT_SETTING_BEFORE.BATCH_ID, IMPORT_SETTING_BEFORE.SETTING_KEY,
                    IMPORT_SETTING_BEFORE.SETTING_VALUE).values(batchId, key, settings.get(key).orElse(null)).execute();
        }
        settings.put(key, value);
    }

    @Override
    public void finish(ImportCounts counts, Instant finishedAt) {
        DeferredIndexes.rebuild(tx, batchId);
        ImportBatchRecord batch = tx.fetchSingle(IMPORT_BATCH, IMPORT_BATCH.ID.eq(batchId));
        batches.fill(batch, counts);
        batch.setFinishedAt(Stamps.toDb(finishedAt));
        batch.setInProgress(false);
        batch.store();
        tx.deleteFrom(IMPORT_SETTING_BEFORE).where(IMPORT_SETTING_BEFORE.BATCH_ID.eq(batchId)).execute();
    }

    @Override
    public void commit() {
        try {
            connection.commit();
            committed = true;
        } catch (SQLException e) {
            throw StorageFailureListener.explained(tx.configuration(), e,
                    new DatabaseException("the import could not be committed", e));
        }
        // committed on this connection, past jOOQ's transactions: on the disk before the import
        // is reported done (ADR 38); the checkpoints before need not be, a killed batch is removed
        tx.execute("CHECKPOINT SYNC");
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                giveBack();
                throw new DatabaseException("the import could not be rolled back", e);
            }
        }
        giveBack();
        if (!committed && checkpoints.committedAny()) {
            UnfinishedImports.remove(pooled, batchId);
        }
    }

    private void giveBack() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The pool discards a connection it cannot reset.
        }
        provider.release(connection);
    }

    private long[] checkpointAfter(long[] ids) {
        checkpoints.checkpoint();
        return ids;
    }

    private BatchBindStep changeBatch() {
        return tx.batch(tx.insertInto(IMPORT_CHANGE, IMPORT_CHANGE.BATCH_ID, IMPORT_CHANGE.ENTITY,
                IMPORT_CHANGE.RECORD_ID, IMPORT_CHANGE.RECORD_UID, IMPORT_CHANGE.KIND)
                .values((Long) null, null, null, null, null));
    }
}
