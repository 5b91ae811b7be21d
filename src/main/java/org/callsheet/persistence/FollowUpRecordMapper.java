package org.callsheet.persistence;

import static org.callsheet.persistence.CustomerRecordMapper.emptyToNull;

import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;
import org.callsheet.persistence.jooq.tables.records.FollowUpRecord;

/** FollowUp ↔ FOLLOW_UP row. */
final class FollowUpRecordMapper {

    FollowUp toModel(FollowUpRecord r) {
        return new FollowUp(r.getId(), r.getUid(), r.getCustomerId(), r.getContactId(),
                FollowUpKind.valueOf(r.getKind()), Stamps.fromDb(r.getDueAt()), FollowUpStatus.valueOf(r.getStatus()),
                Stamps.fromDb(r.getSnoozedUntil()), r.getSourceCallId(), r.getNote(), Stamps.fromDb(r.getClosedAt()),
                Stamps.fromDb(r.getCreatedAt()), Stamps.fromDb(r.getUpdatedAt()));
    }

    void fill(FollowUpRecord r, FollowUp f) {
        if (f.id() != null) {
            r.setId(f.id());
        }
        r.setUid(f.uid());
        r.setCustomerId(f.customerId());
        r.setContactId(f.contactId());
        r.setKind(f.kind().name());
        r.setDueAt(Stamps.toDb(f.dueAt()));
        r.setStatus(f.status().name());
        r.setSnoozedUntil(Stamps.toDb(f.snoozedUntil()));
        r.setSourceCallId(f.sourceCallId());
        r.setNote(emptyToNull(f.note()));
        r.setClosedAt(Stamps.toDb(f.closedAt()));
        r.setCreatedAt(Stamps.toDb(f.createdAt()));
        r.setUpdatedAt(Stamps.toDb(f.updatedAt()));
    }
}
