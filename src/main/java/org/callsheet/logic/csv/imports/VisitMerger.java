package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.callsheet.logic.csv.IncomingVisit;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReport;
import org.callsheet.model.VisitSlot;

/**
 * Applies a row to a stored visit under a policy; uid, creation stamp, route place, reason and the
 * logged needs are never taken from a file. A visit moved to another day loses its place in the
 * old day's route. Text equal but for surrounding spaces counts as the same, so re-importing an
 * export is no change.
 */
final class VisitMerger {
    private final FieldPicker pick;
    private final Instant now;

    VisitMerger(DuplicatePolicy policy, Instant now) {
        this.pick = new FieldPicker(policy);
        this.now = now;
    }

    Optional<Visit> apply(Visit stored, IncomingVisit in, long customerId) {
        VisitSlot slot = stored.slot();
        LocalDate date = pick.value(slot.date(), in.date());
        if (!date.equals(slot.date())) {
            slot = slot.movedTo(date);
        }
        if (!slot.appointment()) {
            slot = new VisitSlot(slot.date(), slot.sequence(), pick.value(slot.plannedArrival(), in.plannedArrival()),
                    false, slot.visitMinutes(), slot.pinned());
        } else if (pick.updates() && in.plannedArrival() != null) {
            slot = slot.appointmentAt(in.plannedArrival());
        }
        Optional<VisitReport> report = report(stored.report(), in);
        Visit result = new Visit(stored.id(), stored.uid(), pick.updates() ? customerId : stored.customerId(), slot,
                stored.reason(), text(stored.purpose(), in.purpose()), report, stored.createdAt(), stored.updatedAt());
        if (result.equals(stored)) {
            return Optional.empty();
        }
        return Optional.of(result.withStamps(stored.createdAt(), now));
    }

    private Optional<VisitReport> report(Optional<VisitReport> stored, IncomingVisit in) {
        if (!in.logged()) {
            return stored;
        }
        if (stored.isEmpty()) {
            return Optional.of(new VisitReport(in.doneAt(), in.outcome(), "", in.notes(), in.nextStep()));
        }
        VisitReport before = stored.get();
        return Optional.of(new VisitReport(pick.value(before.doneAt(), in.doneAt()),
                pick.value(before.outcome(), in.outcome()), before.needs(), text(before.notes(), in.notes()),
                text(before.nextStep(), in.nextStep())));
    }

    private String text(String stored, String incoming) {
        if (stored != null && incoming != null && stored.strip().equals(incoming.strip())) {
            return stored;
        }
        String picked = pick.text(stored, incoming);
        return picked == null ? "" : picked;
    }
}
