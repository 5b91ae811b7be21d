package org.callsheet.logic.routing;

/**
 * A closed tour as an array of points with the inverse (point → position), changed in place by
 * the local search. Orientation carries no meaning: reversing a stretch may reverse the rest.
 */
final class Tour {
    final int[] order;
    final int[] position;
    private final int n;
    private final int[] scratch;

    Tour(int[] initial) {
        n = initial.length;
        order = initial.clone();
        position = new int[n];
        scratch = new int[n];
        for (int i = 0; i < n; i++) {
            position[order[i]] = i;
        }
    }

    int size() {
        return n;
    }

    int next(int point) {
        int p = position[point] + 1;
        return order[p == n ? 0 : p];
    }

    int previous(int point) {
        int p = position[point] - 1;
        return order[p < 0 ? n - 1 : p];
    }

    /** Reverses the stretch from position i forward to position j (or, equivalently, the rest). */
    void reverse(int i, int j) {
        int length = Math.floorMod(j - i, n) + 1;
        if (2 * length > n) {
            int from = j + 1 == n ? 0 : j + 1;
            j = i == 0 ? n - 1 : i - 1;
            i = from;
            length = n - length;
        }
        for (int k = 0; k < length / 2; k++) {
            int a = order[i];
            int b = order[j];
            order[i] = b;
            position[b] = i;
            order[j] = a;
            position[a] = j;
            i = i + 1 == n ? 0 : i + 1;
            j = j == 0 ? n - 1 : j - 1;
        }
    }

    /**
     * Moves the stretch from {@code first} forward to {@code last} between the adjacent points
     * {@code before} and {@code after} (after = next(before)), with {@code entry} (first or last)
     * next to {@code before}.
     */
    void move(int first, int last, int length, int before, int entry) {
        int[] segment = new int[length];
        boolean forward = entry == first;
        for (int k = 0, p = position[first]; k < length; k++, p = p + 1 == n ? 0 : p + 1) {
            segment[forward ? k : length - 1 - k] = order[p];
        }
        int out = 0;
        int p = position[last] + 1 == n ? 0 : position[last] + 1;
        for (int k = 0; k < n - length; k++, p = p + 1 == n ? 0 : p + 1) {
            int point = order[p];
            scratch[out++] = point;
            if (point == before) {
                for (int s : segment) {
                    scratch[out++] = s;
                }
            }
        }
        System.arraycopy(scratch, 0, order, 0, n);
        for (int i = 0; i < n; i++) {
            position[order[i]] = i;
        }
    }

    /**
     * Double bridge: cuts the tour after positions start+a, start+b, start+c (0 < a < b < c < n)
     * and reconnects A C B D. Returns the change in length.
     */
    double doubleBridge(double[] d, int start, int a, int b, int c) {
        int pa = order[(start + a - 1) % n];
        int qa = order[(start + a) % n];
        int pb = order[(start + b - 1) % n];
        int qb = order[(start + b) % n];
        int pc = order[(start + c - 1) % n];
        int qc = order[(start + c) % n];
        double delta = d[pa * n + qb] + d[pc * n + qa] + d[pb * n + qc]
                - d[pa * n + qa] - d[pb * n + qb] - d[pc * n + qc];
        int out = 0;
        out = copy(start, 0, a, out);
        out = copy(start, b, c, out);
        out = copy(start, a, b, out);
        copy(start, c, n, out);
        System.arraycopy(scratch, 0, order, 0, n);
        for (int i = 0; i < n; i++) {
            position[order[i]] = i;
        }
        return delta;
    }

    private int copy(int start, int from, int to, int out) {
        for (int k = from; k < to; k++) {
            scratch[out++] = order[(start + k) % n];
        }
        return out;
    }

    void copyFrom(Tour other) {
        System.arraycopy(other.order, 0, order, 0, n);
        System.arraycopy(other.position, 0, position, 0, n);
    }

    double length(double[] d) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += d[order[i] * n + order[i + 1 == n ? 0 : i + 1]];
        }
        return total;
    }
}
