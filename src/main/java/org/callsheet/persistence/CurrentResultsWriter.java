package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_SNAPSHOT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.callsheet.logic.classification.ClassificationRun;
import org.callsheet.logic.classify.CustomerClassification;
import org.callsheet.logic.classify.ValueQuadrant;
import org.callsheet.persistence.jooq.tables.records.CustomerClassificationRecord;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;

/**
 * Brings the current results (customer_classification) and the snapshot of the run's as-of date
 * in line with a run, writing only what differs: a row whose stored hash equals the new one stays
 * as it is, a changed one is merged in place. The snapshot of the as-of date is copied from the
 * results when most rows changed (the first run, a new as-of date); otherwise only the changed
 * customers' snapshot rows are replaced.
 */
final class CurrentResultsWriter {
    private final ClassificationRecordMapper results;

    CurrentResultsWriter(ClassificationRecordMapper results) {
        this.results = results;
    }

    /** Writes the run's results; returns the number of customers whose row was (re)written. */
    int write(DSLContext tx, ClassificationRun run, long runId) {
        List<CustomerClassification> all = run.population().customers();
        int n = all.size();
        StoredHashes stored = StoredHashes.read(tx);
        int[] changed = new int[n];
        int count = 0;
        boolean[] kept = new boolean[stored.size];
        int s = 0;
        for (int i = 0; i < n; i++) {
            long id = all.get(i).customerId();
            while (s < stored.size && stored.ids[s] < id) {
                s++;
            }
            boolean present = s < stored.size && stored.ids[s] == id;
            if (present) {
                kept[s] = true;
            }
            boolean same = present && stored.known[s]
                    && stored.hashes[s] == ClassificationRecordMapper.hash(all.get(i), run.effective()[i], run.asOf());
            if (!same) {
                changed[count++] = i;
            }
        }
        int[] rows = Arrays.copyOf(changed, count);
        boolean snapshotInStep = count < n / 2
                && tx.fetchExists(CLASSIFICATION_SNAPSHOT, CLASSIFICATION_SNAPSHOT.AS_OF.eq(run.asOf()))
                && !tx.fetchExists(CUSTOMER_CLASSIFICATION, CUSTOMER_CLASSIFICATION.AS_OF.ne(run.asOf()));
        deleteGone(tx, stored, kept);
        mergeRows(tx, run, runId, rows);
        if (snapshotInStep) {
            replaceSnapshotRows(tx, run, rows);
        } else {
            replaceSnapshot(tx, run);
        }
        return count;
    }

    /** Rows of customers the run did not classify (gone since) are removed. */
    private static void deleteGone(DSLContext tx, StoredHashes stored, boolean[] kept) {
        ChunkedBatch delete = new ChunkedBatch(tx,
                tx.deleteFrom(CUSTOMER_CLASSIFICATION).where(CUSTOMER_CLASSIFICATION.CUSTOMER_ID.eq((Long) null)));
        for (int k = 0; k < stored.size; k++) {
            if (!kept[k]) {
                delete.bind(stored.ids[k]);
            }
        }
        delete.flush();
    }

    /**
     * Writes the rows of the given population indexes with MERGE (an update in place for a stored
     * row): one change per row for the transaction to commit, where delete + insert made two.
     */
    private void mergeRows(DSLContext tx, ClassificationRun run, long runId, int[] rows) {
        List<Field<?>> fields = Arrays.asList(CUSTOMER_CLASSIFICATION.fields());
        ChunkedBatch batch = new ChunkedBatch(tx, tx.mergeInto(CUSTOMER_CLASSIFICATION, fields)
                .key(CUSTOMER_CLASSIFICATION.CUSTOMER_ID).values(new Object[fields.size()]));
        CustomerClassificationRecord row = new CustomerClassificationRecord();
        List<CustomerClassification> all = run.population().customers();
        for (int i : rows) {
            results.fill(row, all.get(i), run.effective()[i], runId, run.asOf());
            batch.bind(row.intoArray());
        }
        batch.flush();
    }

    /** The as-of date's snapshot becomes a copy of the current results (potential customers left out). */
    private static void replaceSnapshot(DSLContext tx, ClassificationRun run) {
        tx.deleteFrom(CLASSIFICATION_SNAPSHOT).where(CLASSIFICATION_SNAPSHOT.AS_OF.eq(run.asOf())).execute();
        tx.insertInto(CLASSIFICATION_SNAPSHOT, CLASSIFICATION_SNAPSHOT.AS_OF, CLASSIFICATION_SNAPSHOT.CUSTOMER_ID,
                        CLASSIFICATION_SNAPSHOT.STATUS, CLASSIFICATION_SNAPSHOT.QUADRANT,
                        CLASSIFICATION_SNAPSHOT.REVENUE_12M)
                .select(tx.select(CUSTOMER_CLASSIFICATION.AS_OF, CUSTOMER_CLASSIFICATION.CUSTOMER_ID,
                                CUSTOMER_CLASSIFICATION.STATUS, CUSTOMER_CLASSIFICATION.QUADRANT,
                                CUSTOMER_CLASSIFICATION.REVENUE_12M)
                        .from(CUSTOMER_CLASSIFICATION)
                        .where(CUSTOMER_CLASSIFICATION.QUADRANT.ne(ValueQuadrant.POTENTIAL.name())))
                .execute();
    }

    /** The snapshot rows of the changed customers only, for a snapshot that matched the results before. */
    private static void replaceSnapshotRows(DSLContext tx, ClassificationRun run, int[] rows) {
        List<CustomerClassification> all = run.population().customers();
        ChunkedBatch delete = new ChunkedBatch(tx, tx.deleteFrom(CLASSIFICATION_SNAPSHOT)
                .where(CLASSIFICATION_SNAPSHOT.AS_OF.eq((LocalDate) null))
                .and(CLASSIFICATION_SNAPSHOT.CUSTOMER_ID.eq((Long) null)));
        ChunkedBatch insert = new ChunkedBatch(tx, tx.insertInto(CLASSIFICATION_SNAPSHOT,
                        CLASSIFICATION_SNAPSHOT.AS_OF, CLASSIFICATION_SNAPSHOT.CUSTOMER_ID, CLASSIFICATION_SNAPSHOT.STATUS,
                        CLASSIFICATION_SNAPSHOT.QUADRANT, CLASSIFICATION_SNAPSHOT.REVENUE_12M)
                .values(null, (Long) null, null, null, null));
        for (int i : rows) {
            CustomerClassification c = all.get(i);
            delete.bind(run.asOf(), c.customerId());
            if (c.quadrant() != ValueQuadrant.POTENTIAL) {
                insert.bind(run.asOf(), c.customerId(), run.effective()[i].name(), c.quadrant().name(),
                        ClassificationRecordMapper.money(c.revenue12m()));
            }
        }
        delete.flush();
        insert.flush();
    }

    /** The stored rows' hashes, ascending customer id ({@code known[k]} false where the hash is NULL). */
    private static final class StoredHashes {
        long[] ids = new long[1024];
        long[] hashes = new long[1024];
        boolean[] known = new boolean[1024];
        int size;

        static StoredHashes read(DSLContext tx) {
            StoredHashes out = new StoredHashes();
            try (Cursor<Record2<Long, Long>> cursor = tx
                    .select(CUSTOMER_CLASSIFICATION.CUSTOMER_ID, CUSTOMER_CLASSIFICATION.RESULT_HASH)
                    .from(CUSTOMER_CLASSIFICATION).orderBy(CUSTOMER_CLASSIFICATION.CUSTOMER_ID)
                    .fetchSize(10_000).fetchLazy()) {
                ResultSet rs = cursor.resultSet();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long hash = rs.getLong(2);
                    out.add(id, hash, !rs.wasNull());
                }
            } catch (SQLException e) {
                throw new DatabaseException("cannot read the stored classification", e);
            }
            return out;
        }

        private void add(long id, long hash, boolean isKnown) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
                known = Arrays.copyOf(known, size * 2);
            }
            ids[size] = id;
            hashes[size] = hash;
            known[size] = isKnown;
            size++;
        }
    }
}
