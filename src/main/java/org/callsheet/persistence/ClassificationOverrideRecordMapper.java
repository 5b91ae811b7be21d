package org.callsheet.persistence;

import org.callsheet.logic.classification.ClassificationOverride;
import org.callsheet.model.CustomerStatus;
import org.callsheet.persistence.jooq.tables.records.ClassificationOverrideRecord;

/** ClassificationOverride ↔ CLASSIFICATION_OVERRIDE row. */
final class ClassificationOverrideRecordMapper {

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
