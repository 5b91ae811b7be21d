package org.callsheet.logic.routing;

import java.util.Arrays;

/**
 * The shortest route by dynamic programming over subsets (Held and Karp, 1962): for every set of
 * stops and every stop in it, the shortest path from the start through exactly that set ending
 * there. O(2^m · m²) time for m stops, so it is used only for a handful of stops.
 */
final class HeldKarp {
    /** Stops (besides start and a fixed end) up to which the exact search is used. */
    static final int MAX_STOPS = 12;

    private HeldKarp() {
    }

    static Route solve(RouteProblem problem) {
        DistanceMatrix d = problem.distances();
        int start = problem.start();
        int fixedEnd = problem.end() instanceof RouteEnd.AtPoint(int point) ? point : -1;
        int[] stops = stopsOf(problem.size(), start, fixedEnd);
        int m = stops.length;
        if (m > MAX_STOPS) {
            throw new IllegalArgumentException(m + " stops are too many for the exact search");
        }
        int full = (1 << m) - 1;
        double[] cost = new double[(full + 1) * Math.max(m, 1)];
        byte[] previous = new byte[cost.length];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        for (int j = 0; j < m; j++) {
            cost[(1 << j) * m + j] = d.get(start, stops[j]);
            previous[(1 << j) * m + j] = -1;
        }
        double[] between = new double[m * m];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < m; k++) {
                between[j * m + k] = d.get(stops[j], stops[k]);
            }
        }
        for (int mask = 1; mask <= full; mask++) {
            for (int j = 0; j < m; j++) {
                double here = cost[mask * m + j];
                if ((mask & (1 << j)) == 0 || here == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int rest = full & ~mask; rest != 0; rest &= rest - 1) {
                    int k = Integer.numberOfTrailingZeros(rest);
                    int next = (mask | (1 << k)) * m + k;
                    double c = here + between[j * m + k];
                    if (c < cost[next]) {
                        cost[next] = c;
                        previous[next] = (byte) j;
                    }
                }
            }
        }
        int[] order = new int[problem.size()];
        order[0] = start;
        if (fixedEnd >= 0) {
            order[order.length - 1] = fixedEnd;
        }
        if (m == 0) {
            return new Route(order, problem.length(order), true);
        }
        int last = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            double c = cost[full * m + j] + closingLeg(problem, d, stops[j], start, fixedEnd);
            if (c < best) {
                best = c;
                last = j;
            }
        }
        int mask = full;
        for (int position = m; position >= 1; position--) {
            order[position] = stops[last];
            int before = previous[mask * m + last];
            mask &= ~(1 << last);
            last = before;
        }
        return new Route(order, problem.length(order), true);
    }

    private static double closingLeg(RouteProblem problem, DistanceMatrix d, int last, int start, int fixedEnd) {
        return switch (problem.end()) {
            case RouteEnd.ReturnToStart r -> d.get(last, start);
            case RouteEnd.AtLastStop o -> 0;
            case RouteEnd.AtPoint p -> d.get(last, fixedEnd);
        };
    }

    private static int[] stopsOf(int n, int start, int fixedEnd) {
        int[] stops = new int[n - 1 - (fixedEnd >= 0 ? 1 : 0)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i != start && i != fixedEnd) {
                stops[k++] = i;
            }
        }
        return stops;
    }
}
