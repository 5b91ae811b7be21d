package org.callsheet.logic.routing;

/** The shortest route by trying every order: the reference for small problems. */
final class BruteForce {
    private BruteForce() {
    }

    static double shortest(RouteProblem problem) {
        int n = problem.size();
        int[] order = new int[n];
        order[0] = problem.start();
        boolean[] used = new boolean[n];
        used[problem.start()] = true;
        return search(problem, order, used, 1);
    }

    private static double search(RouteProblem problem, int[] order, boolean[] used, int filled) {
        int n = order.length;
        if (filled == n) {
            if (problem.end() instanceof RouteEnd.AtPoint(int end) && order[n - 1] != end) {
                return Double.POSITIVE_INFINITY;
            }
            return problem.length(order);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int p = 0; p < n; p++) {
            if (!used[p]) {
                used[p] = true;
                order[filled] = p;
                best = Math.min(best, search(problem, order, used, filled + 1));
                used[p] = false;
            }
        }
        return best;
    }
}
