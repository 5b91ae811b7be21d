package org.callsheet.logic.routing;

import java.util.Random;

/**
 * Closed tours by iterated local search: a nearest-neighbour tour improved by 2-opt and Or-opt,
 * then a fixed number of random double-bridge kicks within a short stretch, each followed by the
 * local search and kept only when the tour got no longer. The random numbers come from a fixed
 * seed, so the same matrix always gives the same tour.
 */
final class IteratedLocalSearch {
    private static final double EPSILON = 1e-9;
    private static final long SEED = 0x5EED_CA11L;
    private static final int KICK_WINDOW = 40;

    private IteratedLocalSearch() {
    }

    /** Kicks for a tour of n points: within 1 % of the optimum on the TSPLIB instances of 51-150 points. */
    static int kicksFor(int n) {
        return 20 * n;
    }

    static int[] solve(double[] d, int n, int first) {
        return solve(d, n, first, kicksFor(n));
    }

    static int[] solve(double[] d, int n, int first, int kicks) {
        if (n <= 3) {
            int[] trivial = new int[n];
            for (int i = 0; i < n; i++) {
                trivial[i] = i;
            }
            return trivial;
        }
        Tour current = new Tour(nearestNeighbour(d, n, first));
        LocalSearch search = new LocalSearch(d, n);
        search.enqueueAll();
        double length = current.length(d) - search.run(current);
        if (n < 8) {
            return current.order.clone();
        }
        Tour best = new Tour(current.order);
        double bestLength = length;
        Random random = new Random(SEED ^ n);
        int window = Math.min(n, KICK_WINDOW);
        int[] cut = new int[3];
        for (int k = 0; k < kicks; k++) {
            int start = random.nextInt(n);
            pickCuts(random, window, cut);
            length += current.doubleBridge(d, start, cut[0], cut[1], cut[2]);
            int a = cut[0];
            int cb = a + cut[2] - cut[1];
            for (int position : new int[] {0, a - 1, a, cb - 1, cb, cut[2] - 1, cut[2] % n, n - 1}) {
                search.enqueue(current.order[position]);
            }
            length -= search.run(current);
            if (length <= bestLength + EPSILON) {
                best.copyFrom(current);
                bestLength = Math.min(length, bestLength);
            } else {
                current.copyFrom(best);
                length = bestLength;
            }
        }
        return best.order.clone();
    }

    /** Three distinct cut points 0 < a < b < c < window (window ≥ 4). */
    private static void pickCuts(Random random, int window, int[] cut) {
        int a = 1 + random.nextInt(window - 3);
        int b = a + 1 + random.nextInt(window - a - 2);
        int c = b + 1 + random.nextInt(window - b - 1);
        cut[0] = a;
        cut[1] = b;
        cut[2] = c;
    }

    private static int[] nearestNeighbour(double[] d, int n, int first) {
        boolean[] used = new boolean[n];
        int[] order = new int[n];
        order[0] = first;
        used[first] = true;
        for (int i = 1; i < n; i++) {
            int from = order[i - 1];
            int next = -1;
            for (int j = 0; j < n; j++) {
                if (!used[j] && (next < 0 || d[from * n + j] < d[from * n + next])) {
                    next = j;
                }
            }
            order[i] = next;
            used[next] = true;
        }
        return order;
    }
}
