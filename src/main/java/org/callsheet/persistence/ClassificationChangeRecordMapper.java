package org.callsheet.persistence;

import org.callsheet.logic.classification.ChangeCause;
import org.callsheet.logic.classification.ChangedField;
import org.callsheet.logic.classification.ClassificationChange;
import org.callsheet.logic.classification.ClassificationOverride;
import org.callsheet.model.CustomerStatus;
import org.callsheet.persistence.jooq.tables.records.ClassificationChangeRecord;
import org.callsheet.persistence.jooq.tables.records.ClassificationOverrideRecord;

/** ClassificationChange ↔ CLASSIFICATION_CHANGE row and ClassificationOverride ↔ CLASSIFICATION_OVERRIDE row. */
final class ClassificationChangeRecordMapper {

    ClassificationChange toModel(ClassificationChangeRecord r) {
        return new ClassificationChange(r.getCustomerId(), ChangedField.valueOf(r.getWhat()), r.getFromValue(),
                r.getToValue(), Stamps.fromDb(r.getChangedAt()), r.getAsOf(), ChangeCause.valueOf(r.getCause()),
                r.getNote());
    }

    void fill(ClassificationChangeRecord r, ClassificationChange c) {
        r.setCustomerId(c.customerId());
        r.setWhat(c.what().name());
        r.setFromValue(c.from());
        r.setToValue(c.to());
        r.setChangedAt(Stamps.toDb(c.changedAt()));
        r.setAsOf(c.asOf());
        r.setCause(c.cause().name());
        r.setNote(c.note());
    }

    ClassificationOverride toModel(ClassificationOverrideRecord r) {
        return new ClassificationOverride(r.getCustomerId(), CustomerStatus.valueOf(r.getStatus()), r.getReason(),
                Stamps.fromDb(r.getCreatedAt()));
    }

    void fill(ClassificationOverrideRecord r, ClassificationOverride o) {
        r.setCustomerId(o.customerId());
        r.setStatus(o.status().name());
        r.setReason(o.reason());
        r.setCreatedAt(Stamps.toDb(o.createdAt()));
    }
}
