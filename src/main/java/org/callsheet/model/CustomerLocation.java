package org.callsheet.model;

import java.util.Optional;

/**
 * Where a customer is for planning visits: the point (empty when precision is NONE), how it was
 * found, and the region it lies in (the district or city it was placed by, when known).
 */
public record CustomerLocation(Optional<GeoPoint> point, LocationPrecision precision, Optional<Region> region) {
    public static final CustomerLocation NONE =
            new CustomerLocation(Optional.empty(), LocationPrecision.NONE, Optional.empty());

    public CustomerLocation {
        if (point.isEmpty() != (precision == LocationPrecision.NONE)) {
            throw new IllegalArgumentException("a location has a point exactly when its precision is not NONE");
        }
    }
}
