package org.callsheet.model;

import java.math.BigDecimal;

/** Latitude and longitude in degrees (GCJ-02, as in the shipped region data). */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {
}
