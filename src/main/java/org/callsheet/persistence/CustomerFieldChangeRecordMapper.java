package org.callsheet.persistence;

import java.time.Instant;
import org.callsheet.model.ChangeSource;
import org.callsheet.model.FieldChange;
import org.callsheet.model.CustomerField;
import org.callsheet.model.CustomerFieldChange;
import org.callsheet.persistence.jooq.tables.records.CustomerFieldChangeRecord;

/** CustomerFieldChange ↔ CUSTOMER_FIELD_CHANGE row; an import's file name comes from its batch. */
final class CustomerFieldChangeRecordMapper {

    CustomerFieldChange toModel(CustomerFieldChangeRecord r, String importFile) {
        CustomerField field = CustomerField.ofKey(r.getFieldKey())
                .orElseThrow(() -> new IllegalStateException("unknown customer field " + r.getFieldKey()));
        ChangeSource source = r.getImportBatchId() != null
                ? ChangeSource.importBatch(r.getImportBatchId(), importFile)
                : ChangeSource.rep(r.getChangedBy());
        return new CustomerFieldChange(r.getId(), r.getCustomerId(), Stamps.fromDb(r.getChangedAt()), source,
                new FieldChange(field, r.getOldText(), r.getNewText()));
    }

    /** Fills every column but the id, for an insert. */
    void fill(CustomerFieldChangeRecord r, long customerId, Instant changedAt, ChangeSource source,
              FieldChange change) {
        r.setCustomerId(customerId);
        r.setChangedAt(Stamps.toDb(changedAt));
        r.setChangedBy(source.isImport() ? null : truncated(source.repName(), 100));
        r.setImportBatchId(source.importBatchId());
        r.setFieldKey(change.field().key());
        r.setOldText(emptyToNull(truncated(change.oldText(), 10_000)));
        r.setNewText(emptyToNull(truncated(change.newText(), 10_000)));
    }

    private static String truncated(String s, int length) {
        return s.length() > length ? s.substring(0, length) : s;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
