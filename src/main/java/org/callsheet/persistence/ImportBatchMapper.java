package org.callsheet.persistence;

import java.util.Optional;
import org.callsheet.logic.csv.imports.DuplicatePolicy;
import org.callsheet.logic.csv.imports.ImportBatch;
import org.callsheet.logic.csv.imports.ImportCounts;
import org.callsheet.persistence.jooq.tables.records.ImportBatchRecord;

/** ImportBatch ↔ IMPORT_BATCH row. */
final class ImportBatchMapper {

    ImportBatch toModel(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), r.getEntity(), r.getFileName(), DuplicatePolicy.valueOf(r.getPolicy()),
                Stamps.fromDb(r.getStartedAt()), Optional.ofNullable(Stamps.fromDb(r.getFinishedAt())),
                new ImportCounts(r.getRowsRead(), r.getInserted(), r.getUpdated(), r.getMerged(), r.getUnchanged(),
                        r.getSkipped(), r.getRejected()),
                r.getUndone());
    }

    void fill(ImportBatchRecord r, ImportCounts counts) {
        r.setRowsRead(counts.read());
        r.setInserted(counts.inserted());
        r.setUpdated(counts.updated());
        r.setMerged(counts.merged());
        r.setUnchanged(counts.unchanged());
        r.setSkipped(counts.skipped());
        r.setRejected(counts.rejected());
    }
}
