package org.callsheet.logic.visits;

import java.math.BigDecimal;

/** A point to visit read from a stops file: its id, name, coordinates as written, and its row. */
public record Stop(long row, String externalId, String name, BigDecimal latitude, BigDecimal longitude) {
    public double lat() {
        return latitude.doubleValue();
    }

    public double lon() {
        return longitude.doubleValue();
    }
}
