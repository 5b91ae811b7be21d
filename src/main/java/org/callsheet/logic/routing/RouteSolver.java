package org.callsheet.logic.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Shortest routes over a distance matrix. Up to {@value HeldKarp#MAX_STOPS} stops the order is the
 * proven optimum (Held-Karp); beyond that an iterated 2-opt/Or-opt search (see ADR 23) that is
 * repeatable: the same problem always gives the same route. Stateless and thread-safe.
 */
public final class RouteSolver {
    /** Stops up to which the route is exact. */
    public static final int EXACT_STOPS = HeldKarp.MAX_STOPS;

    /** The shortest route the solver finds for the problem. */
    public Route solve(RouteProblem problem) {
        if (problem.stops() <= EXACT_STOPS) {
            return HeldKarp.solve(problem);
        }
        int[] order = ClosedTourReduction.solve(problem);
        return new Route(order, problem.length(order), false);
    }

    /**
     * Reorders a route but keeps the pinned points at their positions in {@code current}: the
     * points between two pins are reordered among themselves (they do not cross a pin).
     * {@code optimal} then means every stretch between pins is in its shortest order.
     *
     * @param current a full route for the problem: starts at its start, ends at a fixed end
     */
    public Route solveAround(RouteProblem problem, int[] current, Set<Integer> pinned) {
        checkRoute(problem, current);
        List<Integer> anchors = new ArrayList<>();
        anchors.add(0);
        for (int position = 1; position < current.length; position++) {
            if (pinned.contains(current[position])) {
                anchors.add(position);
            }
        }
        boolean fixedEnd = problem.end() instanceof RouteEnd.AtPoint;
        if (fixedEnd && anchors.getLast() != current.length - 1) {
            anchors.add(current.length - 1);
        }
        if (anchors.size() == 1) {
            return solve(problem);
        }
        int[] result = current.clone();
        boolean optimal = true;
        for (int k = 0; k + 1 < anchors.size(); k++) {
            optimal &= solveStretch(problem.distances(), current, anchors.get(k), anchors.get(k + 1), result);
        }
        optimal &= solveTail(problem, current, anchors.getLast(), result);
        return new Route(result, problem.length(result), optimal);
    }

    private boolean solveStretch(DistanceMatrix d, int[] current, int from, int to, int[] result) {
        if (to - from < 3) {
            return true;
        }
        int[] points = java.util.Arrays.copyOfRange(current, from, to + 1);
        Route piece = solve(new RouteProblem(d.subset(points), 0, RouteEnd.at(points.length - 1)));
        for (int k = 0; k < points.length; k++) {
            result[from + k] = points[piece.at(k)];
        }
        return piece.optimal();
    }

    private boolean solveTail(RouteProblem problem, int[] current, int from, int[] result) {
        int last = current.length - 1;
        switch (problem.end()) {
            case RouteEnd.AtPoint p -> {
                return true;
            }
            case RouteEnd.AtLastStop o -> {
                if (last - from < 2) {
                    return true;
                }
                int[] points = java.util.Arrays.copyOfRange(current, from, last + 1);
                Route piece = solve(RouteProblem.open(problem.distances().subset(points), 0));
                for (int k = 0; k < points.length; k++) {
                    result[from + k] = points[piece.at(k)];
                }
                return piece.optimal();
            }
            case RouteEnd.ReturnToStart r -> {
                if (last - from < 2) {
                    return true;
                }
                int[] points = java.util.Arrays.copyOfRange(current, from, last + 2);
                points[points.length - 1] = current[0];
                Route piece = solve(new RouteProblem(problem.distances().subset(points), 0,
                        RouteEnd.at(points.length - 1)));
                for (int k = 0; k < points.length - 1; k++) {
                    result[from + k] = points[piece.at(k)];
                }
                return piece.optimal();
            }
        }
    }

    private static void checkRoute(RouteProblem problem, int[] current) {
        int n = problem.size();
        if (current.length != n || current[0] != problem.start()) {
            throw new IllegalArgumentException("the current route must visit all " + n + " points from the start");
        }
        boolean[] seen = new boolean[n];
        for (int point : current) {
            if (point < 0 || point >= n || seen[point]) {
                throw new IllegalArgumentException("the current route visits point " + point + " twice or not at all");
            }
            seen[point] = true;
        }
        if (problem.end() instanceof RouteEnd.AtPoint(int end) && current[n - 1] != end) {
            throw new IllegalArgumentException("the current route must end at point " + end);
        }
    }
}
