package org.callsheet.logic.routing;

/**
 * Visit every point of the matrix once, beginning at {@code start} and ending as {@code end} says.
 */
public record RouteProblem(DistanceMatrix distances, int start, RouteEnd end) {
    public RouteProblem {
        int n = distances.size();
        if (n == 0) {
            throw new IllegalArgumentException("a route needs at least its start");
        }
        if (start < 0 || start >= n) {
            throw new IllegalArgumentException("start " + start + " is not a point of the matrix");
        }
        if (end instanceof RouteEnd.AtPoint(int point)) {
            if (point < 0 || point >= n) {
                throw new IllegalArgumentException("end " + point + " is not a point of the matrix");
            }
            if (point == start && n > 1) {
                throw new IllegalArgumentException("an open route cannot end at its start; use ReturnToStart");
            }
        }
    }

    public static RouteProblem closed(DistanceMatrix distances, int start) {
        return new RouteProblem(distances, start, RouteEnd.returnToStart());
    }

    public static RouteProblem open(DistanceMatrix distances, int start) {
        return new RouteProblem(distances, start, RouteEnd.atLastStop());
    }

    public int size() {
        return distances.size();
    }

    /** The points to visit besides the start (and a fixed end). */
    public int stops() {
        return size() - 1 - (end instanceof RouteEnd.AtPoint ? 1 : 0);
    }

    /** The length of a route through these points in the given order, with the return leg if closed. */
    public double length(int[] order) {
        double total = 0;
        for (int i = 1; i < order.length; i++) {
            total += distances.get(order[i - 1], order[i]);
        }
        if (end instanceof RouteEnd.ReturnToStart && order.length > 1) {
            total += distances.get(order[order.length - 1], order[0]);
        }
        return total;
    }
}
