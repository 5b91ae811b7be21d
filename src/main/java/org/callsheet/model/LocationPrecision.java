package org.callsheet.model;

/**
 * How exactly a customer's map position is known: its own coordinates, or the centroid of its
 * district or city (an estimate), or not at all.
 */
public enum LocationPrecision {
    OWN, DISTRICT, CITY, NONE;

    /** True when the position is a region's centroid, so distances built on it are estimates. */
    public boolean estimated() {
        return this == DISTRICT || this == CITY;
    }
}
