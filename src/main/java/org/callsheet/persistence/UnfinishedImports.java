package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.IMPORT_BATCH;
import static org.callsheet.persistence.jooq.Tables.IMPORT_SETTING_BEFORE;
import static org.callsheet.persistence.jooq.Tables.SETTING;

import java.util.List;
import org.jooq.DSLContext;

/**
 * Removes import batches that never reached their last step: an import that commits in chunks
 * (ADR 33) and was cancelled, failed, or killed with the process. Previous values go back first,
 * then the inserted records go a slice of ids per transaction, then the indexes the import took
 * off are built again, then the batch record goes; every step can be repeated, so a removal that
 * is itself interrupted finishes when the database next opens.
 */
final class UnfinishedImports {
    /** Ids deleted per transaction: small transactions are what makes H2 fast here too. */
    static final int IDS_PER_STEP = 10_000;

    private UnfinishedImports() {
    }

    /** Removes every batch still marked in progress; run when the database opens. */
    static void removeAll(DSLContext dsl) {
        List<Long> unfinished = dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.IN_PROGRESS.isTrue()).orderBy(IMPORT_BATCH.ID.desc()).fetch(IMPORT_BATCH.ID);
        unfinished.forEach(id -> remove(dsl, id));
    }

    static void remove(DSLContext dsl, long batchId) {
        JooqImportUndo.Inserted inserted = dsl.transactionResult(cfg -> {
            JooqImportUndo undo = new JooqImportUndo(cfg.dsl(), batchId);
            undo.restoreChanged();
            restoreSettings(cfg.dsl(), batchId);
            return undo.inserted();
        });
        for (JooqImportUndo.Kind kind : JooqImportUndo.Kind.DELETION_ORDER) {
            for (long[] range : inserted.of(kind.entity())) {
                for (long first = range[0]; first <= range[1]; first += IDS_PER_STEP) {
                    long from = first;
                    long to = Math.min(range[1], first + IDS_PER_STEP - 1);
                    dsl.transaction(cfg -> JooqImportUndo.deleteRange(cfg.dsl(), kind, from, to));
                }
            }
        }
        DeferredIndexes.rebuild(dsl, batchId);
        dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    private static void restoreSettings(DSLContext tx, long batchId) {
        tx.selectFrom(IMPORT_SETTING_BEFORE).where(IMPORT_SETTING_BEFORE.BATCH_ID.eq(batchId)).forEach(before -> {
            if (before.getSettingValue() == null) {
                tx.deleteFrom(SETTING).where(SETTING.SETTING_KEY.eq(before.getSettingKey())).execute();
            } else {
                new JooqSettingsRepository(tx).put(before.getSettingKey(), before.getSettingValue());
            }
        });
    }
}
