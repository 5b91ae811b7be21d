package org.callsheet.logic.routing;

/**
 * 2-opt and Or-opt (moving a stretch of up to three points, either way round) over the nearest
 * neighbours of each point, driven by a queue of points whose surroundings changed ("don't look
 * bits"): after a kick only the few points it touched are looked at again.
 */
final class LocalSearch {
    private static final int NEIGHBOURS = 10;
    private static final int MAX_SEGMENT = 3;

    private final double[] d;
    private final int n;
    /** Gains below this are rounding noise: with an open route's far point the sums get large. */
    private final double epsilon;
    private final int[][] near;
    private final int[] queue;
    private final boolean[] queued;
    private int head;
    private int count;

    LocalSearch(double[] d, int n) {
        this.d = d;
        this.n = n;
        this.near = Neighbours.nearest(d, n, Math.min(NEIGHBOURS, n - 1));
        double largest = 0;
        for (double value : d) {
            largest = Math.max(largest, value);
        }
        this.epsilon = Math.max(1e-9, largest * 1e-12);
        this.queue = new int[n];
        this.queued = new boolean[n];
    }

    void enqueue(int point) {
        if (!queued[point]) {
            queued[point] = true;
            queue[(head + count) % n] = point;
            count++;
        }
    }

    void enqueueAll() {
        for (int i = 0; i < n; i++) {
            enqueue(i);
        }
    }

    /** Improves the tour until no move from a queued point helps; returns the total gain. */
    double run(Tour tour) {
        double gained = 0;
        while (count > 0) {
            int a = queue[head];
            head = (head + 1) % n;
            count--;
            queued[a] = false;
            double gain = twoOpt(tour, a, true);
            if (gain == 0) {
                gain = twoOpt(tour, a, false);
            }
            if (gain == 0) {
                gain = orOpt(tour, a);
            }
            if (gain > 0) {
                gained += gain;
                enqueue(a);
            }
        }
        return gained;
    }

    /**
     * Replaces the edges (t1,t2) and (t3,t4) by (t1,t3) and (t2,t4), with t3 near t1 and t2, t4 the
     * successors (forward) or predecessors of t1 and t3.
     */
    private double twoOpt(Tour tour, int t1, boolean forward) {
        int t2 = forward ? tour.next(t1) : tour.previous(t1);
        double d12 = d[t1 * n + t2];
        for (int t3 : near[t1]) {
            double g1 = d12 - d[t1 * n + t3];
            if (g1 <= epsilon) {
                break;
            }
            int t4 = forward ? tour.next(t3) : tour.previous(t3);
            if (t3 == t2 || t4 == t1) {
                continue;
            }
            double gain = g1 + d[t3 * n + t4] - d[t2 * n + t4];
            if (gain > epsilon) {
                if (forward) {
                    tour.reverse(tour.position[t2], tour.position[t3]);
                } else {
                    tour.reverse(tour.position[t3], tour.position[t2]);
                }
                enqueue(t1);
                enqueue(t2);
                enqueue(t3);
                enqueue(t4);
                return gain;
            }
        }
        return 0;
    }

    private double orOpt(Tour tour, int first) {
        if (n < MAX_SEGMENT + 3) {
            return 0;
        }
        int last = first;
        for (int length = 1; length <= MAX_SEGMENT; length++) {
            if (length > 1) {
                last = tour.next(last);
            }
            int before = tour.previous(first);
            int after = tour.next(last);
            double removed = d[before * n + first] + d[last * n + after] - d[before * n + after];
            if (removed <= epsilon) {
                continue;
            }
            double gain = insertNear(tour, first, last, length, first, last, removed, before, after);
            if (gain == 0 && length > 1) {
                gain = insertNear(tour, first, last, length, last, first, removed, before, after);
            }
            if (gain > 0) {
                return gain;
            }
        }
        return 0;
    }

    /** Tries to put the stretch back with {@code entry} next to one of entry's near points. */
    private double insertNear(Tour tour, int first, int last, int length, int entry, int exit, double removed,
                              int before, int after) {
        for (int c : near[entry]) {
            double toEntry = d[c * n + entry];
            if (toEntry >= removed - epsilon) {
                break;
            }
            if (inStretch(tour, c, first, length)) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                int cn = side == 0 ? tour.next(c) : tour.previous(c);
                if (inStretch(tour, cn, first, length)) {
                    continue;
                }
                double gain = removed - (toEntry + d[exit * n + cn] - d[c * n + cn]);
                if (gain > epsilon) {
                    if (side == 0) {
                        tour.move(first, last, length, c, entry);
                    } else {
                        tour.move(first, last, length, cn, exit);
                    }
                    enqueue(before);
                    enqueue(after);
                    enqueue(c);
                    enqueue(cn);
                    enqueue(first);
                    enqueue(last);
                    return gain;
                }
            }
        }
        return 0;
    }

    private static boolean inStretch(Tour tour, int point, int first, int length) {
        int offset = tour.position[point] - tour.position[first];
        if (offset < 0) {
            offset += tour.size();
        }
        return offset < length;
    }
}
