package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;

import java.util.Arrays;
import java.util.List;
import org.callsheet.logic.classification.ClassificationRun;
import org.callsheet.logic.classification.rules.CustomerClassification;
import org.callsheet.logic.classification.rules.RepeatPurchaseInputs;
import org.callsheet.persistence.jooq.tables.records.CustomerClassificationRecord;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Brings the current results (customer_classification) in line with a run, writing only what
 * differs: a row whose stored hash (read with the customers, {@link ClassificationRun#stored()})
 * equals the new one stays as it is, a changed one is merged in place. Rows hold nothing that
 * moves with the as-of date (see {@link ClassificationRecordMapper}), so a run for a new day
 * rewrites only the customers whose class, scores or orders changed. Rows of customers deleted
 * since go with them (the foreign key cascades).
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
        int[] changed = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            long hash = ClassificationRecordMapper.hash(all.get(i), run.effective()[i], inputs, i, run.asOf());
            if (!run.stored().same(i, hash)) {
                changed[count++] = i;
            }
        }
        mergeRows(tx, run, runId, Arrays.copyOf(changed, count));
        return count;
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
}
