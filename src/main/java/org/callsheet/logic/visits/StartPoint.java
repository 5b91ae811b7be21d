package org.callsheet.logic.visits;

import java.util.Optional;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.LocationPrecision;

/**
 * Where a day of visits may start and end (the office or home), as the rep wrote it — an
 * address or "latitude,longitude" — with the point found for it: the coordinates as given, or the
 * centroid of the district or city the address names (an estimate).
 */
public record StartPoint(String text, GeoPoint point, LocationPrecision precision) {
    /** {latitude, longitude} as the planner takes a start. */
    public double[] coordinates() {
        return new double[] {point.latitude().doubleValue(), point.longitude().doubleValue()};
    }

    /** The point as {@link DayPlanService#plan} takes it. */
    public Optional<double[]> asStart() {
        return Optional.of(coordinates());
    }
}
