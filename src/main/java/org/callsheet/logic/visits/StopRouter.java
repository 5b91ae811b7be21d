package org.callsheet.logic.visits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.routing.DistanceMatrix;
import org.callsheet.logic.routing.Route;
import org.callsheet.logic.routing.RouteEnd;
import org.callsheet.logic.routing.RouteProblem;
import org.callsheet.logic.routing.RouteSolver;

/**
 * Routes a list of points by great-circle distance: from a given start point (not itself a stop),
 * or from the first stop; back to the start, or open (ending at the last stop of the route).
 */
public final class StopRouter {
    private final RouteSolver solver;

    public StopRouter(RouteSolver solver) {
        this.solver = solver;
    }

    /**
     * @param start {latitude, longitude} of the start point, or empty to start at the first stop
     * @param open  true to end at the last stop instead of returning to the start
     */
    public StopRoute route(List<Stop> stops, Optional<double[]> start, boolean open) {
        if (stops.isEmpty()) {
            return new StopRoute(List.of(), 0, 0, true);
        }
        List<double[]> points = new ArrayList<>();
        start.ifPresent(points::add);
        stops.forEach(s -> points.add(new double[] {s.lat(), s.lon()}));
        DistanceMatrix d = DistanceMatrix.greatCircleKm(points);
        RouteProblem problem = new RouteProblem(d, 0, open ? RouteEnd.atLastStop() : RouteEnd.returnToStart());
        Route route = solver.solve(problem);
        int offset = start.isPresent() ? 1 : 0;
        List<RoutedStop> routed = new ArrayList<>();
        double cumulative = 0;
        int previous = 0;
        for (int position = offset == 1 ? 1 : 0; position < route.size(); position++) {
            int point = route.at(position);
            double leg = d.get(previous, point);
            cumulative += leg;
            routed.add(new RoutedStop(routed.size() + 1, stops.get(point - offset), leg, cumulative));
            previous = point;
        }
        double back = open ? 0 : d.get(previous, 0);
        return new StopRoute(routed, back, cumulative + back, route.optimal());
    }
}
