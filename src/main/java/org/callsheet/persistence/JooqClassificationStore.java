package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_CHANGE;
import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_OVERRIDE;
import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_RUN;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_BLACK_FACE;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.callsheet.logic.classification.ClassificationChange;
import org.callsheet.logic.classification.ClassificationOverride;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classification.ClassificationRun;
import org.callsheet.logic.classification.ClassificationStore;
import org.callsheet.logic.classification.rules.RepeatPurchaseModel;
import org.callsheet.model.CustomerStatus;
import org.callsheet.persistence.jooq.tables.records.ClassificationChangeRecord;
import org.callsheet.persistence.jooq.tables.records.ClassificationOverrideRecord;
import org.callsheet.persistence.jooq.tables.records.ClassificationRunRecord;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Classification results, snapshots, overrides and change history in H2. Every write is one transaction. */
public final class JooqClassificationStore implements ClassificationStore {
    private final DSLContext dsl;
    private final ClassificationRecordMapper results = new ClassificationRecordMapper();
    private final ClassificationChangeRecordMapper changes = new ClassificationChangeRecordMapper();
    private final ClassificationOverrideRecordMapper overrides = new ClassificationOverrideRecordMapper();
    private final CurrentResultsWriter writer = new CurrentResultsWriter(results);

    public JooqClassificationStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long save(ClassificationRun run, Supplier<Optional<RepeatPurchaseModel>> model) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ClassificationRunRecord runRow = insertRun(tx, run);
            long runId = runRow.getId();
            if (run.current()) {
                writer.write(tx, run, runId);
                updateStatuses(tx, run.statusUpdates());
                insertChanges(tx, run.changes());
            }
            SnapshotSets.write(tx, run);
            Optional<RepeatPurchaseModel> fitted = model.get();
            if (fitted.isPresent()) {
                CurrentRun.putModel(runRow, fitted);
                runRow.update();
            }
            return runId;
        });
    }

    private static ClassificationRunRecord insertRun(DSLContext tx, ClassificationRun run) {
        ClassificationRunRecord r = tx.newRecord(CLASSIFICATION_RUN);
        r.setAsOf(run.asOf());
        r.setRunAt(Stamps.toDb(run.runAt()));
        r.setCause(run.cause().name());
        r.setCustomers((long) run.effective().length);
        r.setChanged((long) run.statusUpdates().size());
        r.setAovMedian(scale4(run.population().medians().averageOrderAmount()));
        r.setFrequencyMedian(scale4(run.population().medians().frequency()));
        r.setCurrentResults(run.current());
        r.store();
        return r;
    }

    private static BigDecimal scale4(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }

    private static void updateStatuses(DSLContext tx, List<ClassificationRun.StatusUpdate> updates) {
        ChunkedBatch batch = new ChunkedBatch(tx,
                tx.update(CUSTOMER).set(CUSTOMER.STATUS, (String) null).set(CUSTOMER.STATUS_RANK, (Short) null)
                        .where(CUSTOMER.ID.eq((Long) null)));
        for (ClassificationRun.StatusUpdate u : updates) {
            batch.bind(u.status().name(), CustomerSortKeys.statusRank(u.status()), u.customerId());
        }
        batch.flush();
    }

    private void insertChanges(DSLContext tx, List<ClassificationChange> list) {
        List<Field<?>> fields = Arrays.asList(CLASSIFICATION_CHANGE.fields()).subList(1, CLASSIFICATION_CHANGE.fields().length);
        ChunkedBatch batch = new ChunkedBatch(tx,
                tx.insertInto(CLASSIFICATION_CHANGE, fields).values(new Object[fields.size()]));
        ClassificationChangeRecord row = new ClassificationChangeRecord();
        for (ClassificationChange c : list) {
            changes.fill(row, c);
            Object[] all = row.intoArray();
            batch.bind(Arrays.copyOfRange(all, 1, all.length));
        }
        batch.flush();
    }

    @Override
    public Optional<ClassificationResult> resultFor(long customerId) {
        Optional<CurrentRun> run = CurrentRun.read(dsl);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        boolean overridden = dsl.fetchExists(CLASSIFICATION_OVERRIDE, CLASSIFICATION_OVERRIDE.CUSTOMER_ID.eq(customerId));
        return dsl.selectFrom(CUSTOMER_CLASSIFICATION).where(CUSTOMER_CLASSIFICATION.CUSTOMER_ID.eq(customerId))
                .fetchOptional().map(r -> results.toModel(r, overridden, run.get()));
    }

    @Override
    public List<ClassificationChange> history(long customerId) {
        return dsl.selectFrom(CLASSIFICATION_CHANGE).where(CLASSIFICATION_CHANGE.CUSTOMER_ID.eq(customerId))
                .orderBy(CLASSIFICATION_CHANGE.CHANGED_AT, CLASSIFICATION_CHANGE.ID).fetch(changes::toModel);
    }

    @Override
    public List<ClassificationOverride> overrides() {
        return dsl.selectFrom(CLASSIFICATION_OVERRIDE).orderBy(CLASSIFICATION_OVERRIDE.CREATED_AT.desc(),
                CLASSIFICATION_OVERRIDE.CUSTOMER_ID).fetch(overrides::toModel);
    }

    @Override
    public Optional<ClassificationOverride> override(long customerId) {
        return dsl.selectFrom(CLASSIFICATION_OVERRIDE).where(CLASSIFICATION_OVERRIDE.CUSTOMER_ID.eq(customerId))
                .fetchOptional().map(overrides::toModel);
    }

    @Override
    public boolean blackFace(long customerId) {
        return dsl.fetchExists(CUSTOMER_BLACK_FACE, CUSTOMER_BLACK_FACE.CUSTOMER_ID.eq(customerId));
    }

    @Override
    public void setBlackFace(long customerId, boolean blackFace) {
        if (!dsl.fetchExists(CUSTOMER, CUSTOMER.ID.eq(customerId))) {
            throw new IllegalArgumentException("no customer " + customerId);
        }
        if (blackFace) {
            dsl.insertInto(CUSTOMER_BLACK_FACE).set(CUSTOMER_BLACK_FACE.CUSTOMER_ID, customerId)
                    .onDuplicateKeyIgnore().execute();
        } else {
            dsl.deleteFrom(CUSTOMER_BLACK_FACE).where(CUSTOMER_BLACK_FACE.CUSTOMER_ID.eq(customerId)).execute();
        }
    }

    @Override
    public Optional<CustomerStatus> status(long customerId) {
        return dsl.select(CUSTOMER.STATUS).from(CUSTOMER).where(CUSTOMER.ID.eq(customerId))
                .fetchOptional(CUSTOMER.STATUS).map(CustomerStatus::valueOf);
    }

    @Override
    public void putOverride(ClassificationOverride override, ClassificationChange change) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = override.customerId();
            tx.deleteFrom(CLASSIFICATION_OVERRIDE).where(CLASSIFICATION_OVERRIDE.CUSTOMER_ID.eq(id)).execute();
            ClassificationOverrideRecord r = tx.newRecord(CLASSIFICATION_OVERRIDE);
            overrides.fill(r, override);
            r.store();
            applyStatus(tx, id, override.status(), change);
        });
    }

    @Override
    public void removeOverride(long customerId, CustomerStatus restored, ClassificationChange change) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(CLASSIFICATION_OVERRIDE).where(CLASSIFICATION_OVERRIDE.CUSTOMER_ID.eq(customerId)).execute();
            applyStatus(tx, customerId, restored, change);
        });
    }

    private void applyStatus(DSLContext tx, long customerId, CustomerStatus status, ClassificationChange change) {
        tx.update(CUSTOMER).set(CUSTOMER.STATUS, status.name())
                .set(CUSTOMER.STATUS_RANK, CustomerSortKeys.statusRank(status)).where(CUSTOMER.ID.eq(customerId)).execute();
        // the stored hash no longer describes the row: the next reclassification rewrites it
        tx.update(CUSTOMER_CLASSIFICATION).set(CUSTOMER_CLASSIFICATION.STATUS, status.name())
                .setNull(CUSTOMER_CLASSIFICATION.RESULT_HASH)
                .where(CUSTOMER_CLASSIFICATION.CUSTOMER_ID.eq(customerId)).execute();
        if (change != null) {
            ClassificationChangeRecord r = tx.newRecord(CLASSIFICATION_CHANGE);
            changes.fill(r, change);
            r.store();
        }
    }
}
