package org.callsheet.persistence;

import org.callsheet.logic.classification.ChangeCause;
import org.callsheet.logic.classification.ChangedField;
import org.callsheet.logic.classification.ClassificationChange;
import org.callsheet.persistence.jooq.tables.records.ClassificationChangeRecord;

/** ClassificationChange ↔ CLASSIFICATION_CHANGE row. */
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
}
