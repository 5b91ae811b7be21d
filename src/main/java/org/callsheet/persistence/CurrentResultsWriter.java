package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;

import java.util.Arrays;
import java.util.List;
import org.callsheet.logic.classification.ClassificationRun;
import org.callsheet.logic.classify.CustomerClassification;
import org.callsheet.logic.classify.RepeatPurchaseInputs;
import org.callsheet.persistence.jooq.tables.records.CustomerClassificationRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Brings the current results (customer_classification) in line with a run, writing only what
 * differs: a row whose stored hash equals the new one stays as it is, a changed one is merged in
 * place. Rows hold nothing that moves with the as-of date (see {@link ClassificationRecordMapper}),
 * so a run for a new day rewrites only the customers whose class, scores or orders changed.
 */
final class CurrentResultsWriter {
    private final ClassificationRecordMapper results;

    CurrentResultsWriter(ClassificationRecordMapper results) {
        this.results = results;
    }

    /** Writes the run's results; returns the number of customers whose row was (re)written. */
    int write(DSLContext tx, ClassificationRun run, long runId) {
        List<CustomerClassification> all = run.population().customers();
        RepeatPurchaseInputs inputs = run.population().purchases();
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
            boolean same = present && stored.known[s] && stored.hashes[s]
                    == ClassificationRecordMapper.hash(all.get(i), run.effective()[i], inputs, i, run.asOf());
            if (!same) {
                changed[count++] = i;
            }
        }
        deleteGone(tx, stored, kept);
        mergeRows(tx, run, runId, Arrays.copyOf(changed, count));
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
        RepeatPurchaseInputs inputs = run.population().purchases();
        for (int i : rows) {
            results.fill(row, all.get(i), run.effective()[i], inputs, i, runId, run.asOf());
            batch.bind(row.intoArray());
        }
        batch.flush();
    }

    /** The stored rows' hashes, ascending customer id ({@code known[k]} false where the hash is NULL). */
    private static final class StoredHashes {
        long[] ids = new long[1024];
        long[] hashes = new long[1024];
        boolean[] known = new boolean[1024];
        int size;

        static StoredHashes read(DSLContext tx) {
            StoredHashes out = new StoredHashes();
            KeyOrderScan.forEach(tx, CUSTOMER_CLASSIFICATION, CUSTOMER_CLASSIFICATION.CUSTOMER_ID, DSL.noCondition(),
                    List.of(CUSTOMER_CLASSIFICATION.RESULT_HASH), rs -> {
                        long hash = rs.getLong(2);
                        out.add(rs.getLong(1), hash, !rs.wasNull());
                    });
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
