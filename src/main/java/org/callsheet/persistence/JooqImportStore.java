package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.IMPORT_BATCH;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.csv.imports.BatchStart;
import org.callsheet.logic.csv.imports.ImportBatch;
import org.callsheet.logic.csv.imports.ImportSession;
import org.callsheet.logic.csv.imports.ImportStore;
import org.callsheet.logic.csv.imports.UndoResult;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.jooq.DSLContext;

/** Import batches in H2: sessions on their own connection, history, and undo. */
public final class JooqImportStore implements ImportStore {
    private final DSLContext dsl;
    private final CustomerRecordMapper customers;
    private final ContactRecordMapper contacts;
    private final ImportBatchMapper batches = new ImportBatchMapper();

    public JooqImportStore(DSLContext dsl, Pinyin pinyin, PhoneNormalizer phones) {
        this.dsl = dsl;
        this.customers = new CustomerRecordMapper(pinyin);
        this.contacts = new ContactRecordMapper(phones);
    }

    @Override
    public ImportSession begin(BatchStart start) {
        return new JooqImportSession(dsl, customers, contacts, start);
    }

    @Override
    public List<ImportBatch> batches(int limit) {
        return dsl.selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.ID.desc()).limit(limit).fetch(batches::toModel);
    }

    @Override
    public Optional<ImportBatch> batch(long id) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).fetchOptional(batches::toModel);
    }

    @Override
    public UndoResult undo(long batchId, Instant now) {
        return dsl.transactionResult(cfg -> new JooqImportUndo(cfg.dsl(), batchId).run(now));
    }
}
