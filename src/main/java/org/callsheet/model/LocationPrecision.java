package org.callsheet.model;

/**
 * How exactly a customer's map position is known: its own coordinates, or the centroid of its
 * town (乡镇, 街道), district or city (an estimate), or not at all.
 */
public enum LocationPrecision {
    OWN, TOWN, DISTRICT, CITY, NONE;

    /** True when the position is a region's centroid, so distances built on it are estimates. */
    public boolean estimated() {
        return this == TOWN || this == DISTRICT || this == CITY;
    }
}
