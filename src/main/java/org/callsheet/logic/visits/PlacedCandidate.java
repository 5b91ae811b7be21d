package org.callsheet.logic.visits;

/** A candidate with its customer, where it is, and the area (province, city, district) it counts in. */
public record PlacedCandidate(PlannedVisit visit, VisitArea area) {
    public long customerId() {
        return visit.customer().id();
    }

    public boolean located() {
        return visit.location().point().isPresent();
    }

    public double latitude() {
        return visit.location().point().orElseThrow().latitude().doubleValue();
    }

    public double longitude() {
        return visit.location().point().orElseThrow().longitude().doubleValue();
    }
}
