package org.callsheet.logic.visits;

import java.util.List;

/**
 * Stops in route order with great-circle km (no road factor). {@code totalKm} includes the leg back
 * to the start for a route that returns ({@code returnKm}, 0 for an open route).
 */
public record StopRoute(List<RoutedStop> stops, double returnKm, double totalKm, boolean optimal) {
    public StopRoute {
        stops = List.copyOf(stops);
    }
}
