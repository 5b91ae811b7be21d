package org.callsheet.logic.routing;

import java.util.Arrays;

/** The nearest points of every point, nearest first (ties by index, so the lists are repeatable). */
final class Neighbours {
    private Neighbours() {
    }

    static int[][] nearest(double[] d, int n, int k) {
        int[][] near = new int[n][];
        Integer[] others = new Integer[n - 1];
        for (int i = 0; i < n; i++) {
            int from = i;
            int m = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    others[m++] = j;
                }
            }
            Arrays.sort(others, (a, b) -> {
                int c = Double.compare(d[from * n + a], d[from * n + b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            near[i] = new int[k];
            for (int j = 0; j < k; j++) {
                near[i][j] = others[j];
            }
        }
        return near;
    }
}
