package org.callsheet.ui.visits;

import java.time.LocalTime;
import java.util.Optional;
import org.callsheet.logic.visits.DayStop;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.model.LocationPrecision;
import org.callsheet.model.VisitReport;

/**
 * A stop on the day's plan: the placed customer, the stored visit behind it (null until saved),
 * its minutes, its appointment (null: none), whether re-routing keeps its place, what it is for,
 * and what was logged (null until then). Immutable: every change makes a new stop, so the plan's
 * earlier states can be kept for undo.
 */
public record PlanStop(PlacedCandidate placed, Long visitId, int minutes, LocalTime appointment, boolean pinned,
                       String purpose, VisitReport report) {
    public PlanStop {
        purpose = purpose == null ? "" : purpose;
    }

    public long customerId() {
        return placed.customerId();
    }

    public String name() {
        return placed.visit().customer().name();
    }

    public boolean estimated() {
        return placed.visit().location().precision() != LocationPrecision.OWN;
    }

    public Optional<VisitReport> logged() {
        return Optional.ofNullable(report);
    }

    public DayStop dayStop() {
        DayStop stop = DayStop.at(customerId(), placed.latitude(), placed.longitude(),
                java.time.Duration.ofMinutes(minutes));
        return appointment == null ? stop : stop.withAppointment(appointment);
    }

    public PlanStop withMinutes(int newMinutes) {
        return new PlanStop(placed, visitId, newMinutes, appointment, pinned, purpose, report);
    }

    public PlanStop withAppointment(LocalTime time) {
        return new PlanStop(placed, visitId, minutes, time, pinned, purpose, report);
    }

    public PlanStop withPinned(boolean newPinned) {
        return new PlanStop(placed, visitId, minutes, appointment, newPinned, purpose, report);
    }

    public PlanStop withPurpose(String newPurpose) {
        return new PlanStop(placed, visitId, minutes, appointment, pinned, newPurpose, report);
    }

    public PlanStop withVisit(Long newVisitId, VisitReport newReport) {
        return new PlanStop(placed, newVisitId, minutes, appointment, pinned, purpose, newReport);
    }
}
