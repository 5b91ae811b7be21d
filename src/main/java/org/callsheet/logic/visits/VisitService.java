package org.callsheet.logic.visits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReason;
import org.callsheet.model.VisitReport;
import org.callsheet.model.VisitSlot;

/**
 * Planning and logging visits: put a customer on a day, store a routed day's order and arrival
 * times, log what came of a visit, and roll the stops not done on past days over to a later day.
 */
public final class VisitService {
    private final VisitRepository visits;
    private final Clock clock;

    public VisitService(VisitRepository visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    /** Puts a customer on a day's plan, unrouted. */
    public Visit plan(long customerId, LocalDate day, VisitReason reason, String purpose) {
        Instant now = clock.instant();
        return visits.insert(new Visit(null, UUID.randomUUID().toString(), customerId, VisitSlot.on(day), reason,
                purpose, null, now, now));
    }

    /**
     * Stores a day's order: the visits in the given order get sequence 1, 2, … and the planned
     * arrival of the same position in {@code schedule} (an appointment keeps its own time).
     */
    public List<Visit> saveRoute(List<Visit> inOrder, DaySchedule schedule) {
        if (schedule.stops().size() != inOrder.size()) {
            throw new IllegalArgumentException("the schedule has " + schedule.stops().size() + " stops, the route "
                    + inOrder.size());
        }
        List<Visit> saved = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < inOrder.size(); i++) {
            Visit visit = inOrder.get(i);
            VisitSlot slot = visit.slot();
            VisitSlot routed = slot.appointment() ? slot.at(i + 1, slot.plannedArrival())
                    : slot.at(i + 1, schedule.stops().get(i).arrival());
            Visit updated = visit.withSlot(routed).withStamps(visit.createdAt(), now);
            visits.update(updated);
            saved.add(updated);
        }
        return saved;
    }

    /**
     * Stores a day's plan as the rep arranged it: new stops become visits, every stop gets its
     * number, planned arrival, minutes, appointment and pin, and the day's visits not on the plan
     * any more are taken off it (logged ones stay). Returns the visits in route order.
     */
    public List<Visit> saveDay(LocalDate day, List<DayVisit> stops, DaySchedule schedule) {
        List<Visit> inOrder = new ArrayList<>();
        java.util.Set<Long> kept = new java.util.HashSet<>();
        for (DayVisit stop : stops) {
            Visit visit = stop.visitId() == null ? plan(stop.customerId(), day, stop.reason(), stop.purpose())
                    : visits.findById(stop.visitId()).orElseGet(() -> plan(stop.customerId(), day, stop.reason(),
                    stop.purpose()));
            kept.add(visit.id());
            VisitSlot slot = new VisitSlot(day, null, stop.appointment(), stop.appointment() != null, stop.minutes(),
                    stop.pinned());
            inOrder.add(new Visit(visit.id(), visit.uid(), visit.customerId(), slot, visit.reason(), stop.purpose(),
                    visit.report(), visit.createdAt(), visit.updatedAt()));
        }
        for (Visit other : visits.onDay(day)) {
            if (!kept.contains(other.id()) && !other.done()) {
                visits.delete(other.id());
            }
        }
        return saveRoute(inOrder, schedule);
    }

    /** Logs what came of a visit. */
    public Visit log(long visitId, VisitReport report) {
        Visit visit = visits.findById(visitId)
                .orElseThrow(() -> new IllegalArgumentException("no visit " + visitId));
        Visit logged = visit.withReport(report).withStamps(visit.createdAt(), clock.instant());
        visits.update(logged);
        return logged;
    }

    /** Moves a visit to another day, unrouted (an appointment keeps its time). */
    public Visit move(long visitId, LocalDate day) {
        Visit visit = visits.findById(visitId)
                .orElseThrow(() -> new IllegalArgumentException("no visit " + visitId));
        Visit moved = visit.withSlot(visit.slot().movedTo(day)).withStamps(visit.createdAt(), clock.instant());
        visits.update(moved);
        return moved;
    }

    /** Takes a visit off its day's plan; a logged visit stays (it is history). Returns whether it was removed. */
    public boolean remove(long visitId) {
        Optional<Visit> visit = visits.findById(visitId);
        return visit.isPresent() && !visit.get().done() && visits.delete(visitId);
    }

    /** Moves every visit planned before {@code day} and never logged to {@code day}; returns them. */
    public List<Visit> rollOver(LocalDate day) {
        List<Visit> moved = new ArrayList<>();
        for (Visit visit : visits.notDoneBefore(day)) {
            moved.add(move(visit.id(), day));
        }
        return moved;
    }

    /** How many visits are planned on a day and how many of them were logged. */
    public VisitTally tally(LocalDate day) {
        List<Visit> planned = visits.onDay(day);
        return new VisitTally(planned.size(), (int) planned.stream().filter(Visit::done).count());
    }

    /** Visits planned before {@code day} and never logged. */
    public List<Visit> notDoneBefore(LocalDate day) {
        return visits.notDoneBefore(day);
    }

    public List<Visit> onDay(LocalDate day) {
        return visits.onDay(day);
    }

    public List<Visit> ofCustomer(long customerId) {
        return visits.ofCustomer(customerId);
    }
}
