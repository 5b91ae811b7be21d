package org.callsheet.persistence;

import static org.callsheet.persistence.CustomerRecordMapper.emptyToNull;

import java.util.Optional;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitOutcome;
import org.callsheet.model.VisitReason;
import org.callsheet.model.VisitReport;
import org.callsheet.model.VisitSlot;
import org.callsheet.persistence.jooq.tables.records.VisitRecord;

/** Visit ↔ VISIT row: the slot and the report are flattened into columns. */
final class VisitRecordMapper {

    Visit toModel(VisitRecord r) {
        VisitSlot slot = new VisitSlot(r.getVisitDate(), r.getSequence(), r.getPlannedArrival(), r.getAppointment(),
                r.getVisitMinutes(), r.getPinned());
        Optional<VisitReport> report = r.getDoneAt() == null ? Optional.empty()
                : Optional.of(new VisitReport(Stamps.fromDb(r.getDoneAt()), VisitOutcome.valueOf(r.getOutcome()),
                        r.getNeeds(), r.getNotes(), r.getNextStep()));
        return new Visit(r.getId(), r.getUid(), r.getCustomerId(), slot,
                r.getReason() == null ? null : VisitReason.valueOf(r.getReason()), r.getPurpose(), report,
                Stamps.fromDb(r.getCreatedAt()), Stamps.fromDb(r.getUpdatedAt()));
    }

    void fill(VisitRecord r, Visit v) {
        if (v.id() != null) {
            r.setId(v.id());
        }
        r.setUid(v.uid());
        r.setCustomerId(v.customerId());
        VisitSlot slot = v.slot();
        r.setVisitDate(slot.date());
        r.setSequence(slot.sequence());
        r.setPlannedArrival(slot.plannedArrival());
        r.setAppointment(slot.appointment());
        r.setVisitMinutes(slot.visitMinutes());
        r.setPinned(slot.pinned());
        r.setReason(v.reason() == null ? null : v.reason().name());
        r.setPurpose(emptyToNull(v.purpose()));
        VisitReport report = v.report().orElse(null);
        r.setDoneAt(report == null ? null : Stamps.toDb(report.doneAt()));
        r.setOutcome(report == null ? null : report.outcome().name());
        r.setNeeds(report == null ? null : emptyToNull(report.needs()));
        r.setNotes(report == null ? null : emptyToNull(report.notes()));
        r.setNextStep(report == null ? null : emptyToNull(report.nextStep()));
        r.setCreatedAt(Stamps.toDb(v.createdAt()));
        r.setUpdatedAt(Stamps.toDb(v.updatedAt()));
    }
}
