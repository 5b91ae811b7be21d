package org.callsheet.logic.routing;

/**
 * Solves any route problem as a closed tour: an open route gets one extra point that is free to
 * reach from the start (and from a fixed end) and prohibitively far from everything else, so the
 * shortest tour runs start … end → extra → start; dropping the extra point leaves the route.
 */
final class ClosedTourReduction {
    private ClosedTourReduction() {
    }

    static int[] solve(RouteProblem problem) {
        DistanceMatrix matrix = problem.distances();
        int n = matrix.size();
        int start = problem.start();
        int fixedEnd = problem.end() instanceof RouteEnd.AtPoint(int point) ? point : -1;
        boolean closed = problem.end() instanceof RouteEnd.ReturnToStart;
        int size = closed ? n : n + 1;
        double[] d = new double[size * size];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i * size + j] = matrix.get(i, j);
            }
        }
        if (!closed) {
            int extra = n;
            double far = (matrix.max() + 1) * n;
            for (int i = 0; i < n; i++) {
                double cost = i == start || i == fixedEnd ? 0 : far;
                d[extra * size + i] = cost;
                d[i * size + extra] = cost;
            }
        }
        int[] tour = IteratedLocalSearch.solve(d, size, start);
        int[] order = fromStart(tour, start, closed ? -1 : n);
        if (fixedEnd >= 0 && order[n - 1] != fixedEnd) {
            throw new IllegalStateException("the route search lost the fixed end");
        }
        return order;
    }

    /** The tour read from the start, away from the extra point, which is dropped. */
    private static int[] fromStart(int[] tour, int start, int extra) {
        int size = tour.length;
        int at = 0;
        while (tour[at] != start) {
            at++;
        }
        int step = extra >= 0 && tour[(at + 1) % size] == extra ? size - 1 : 1;
        if (extra >= 0 && tour[(at + size - step) % size] != extra) {
            throw new IllegalStateException("the route search left the open end inside the route");
        }
        int[] order = new int[extra >= 0 ? size - 1 : size];
        for (int k = 0; k < order.length; k++) {
            order[k] = tour[(at + k * step) % size];
        }
        return order;
    }
}
