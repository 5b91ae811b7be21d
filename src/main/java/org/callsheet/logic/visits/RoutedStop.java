package org.callsheet.logic.visits;

/** A stop in route order: its number (1 = first), the leg from the point before it and the km so far. */
public record RoutedStop(int seq, Stop stop, double legKm, double cumulativeKm) {
}
