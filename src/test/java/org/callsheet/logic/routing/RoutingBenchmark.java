package org.callsheet.logic.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Route quality and time on every TSPLIB instance, next to the baseline of a single local search
 * (nearest-neighbour tour, 2-opt and Or-opt, no kicks) run on the same instance; then the exact
 * search on 12 stops plus the start. Times are the median of several runs after a warm-up.
 */
@Tag("benchmark")
class RoutingBenchmark {
    private static final int RUNS = 5;

    @Test
    void tsplibInstancesAndTheExactSearch() {
        RouteSolver solver = new RouteSolver();
        warmUp(solver);
        double worstGap = 0;
        for (String name : TsplibInstance.NAMES) {
            TsplibInstance instance = TsplibInstance.load(name);
            DistanceMatrix d = instance.matrix();
            RouteProblem problem = RouteProblem.closed(d, 0);
            double[] times = new double[RUNS];
            Route route = null;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                route = solver.solve(problem);
                times[run] = (System.nanoTime() - start) / 1e6;
            }
            double[] flat = flat(d);
            long baseStart = System.nanoTime();
            int[] base = IteratedLocalSearch.solve(flat, d.size(), 0, 0);
            double baseMs = (System.nanoTime() - baseStart) / 1e6;
            double baseLength = problem.length(base);
            double gap = gap(route.length(), instance.optimum());
            worstGap = Math.max(worstGap, gap);
            line("%-9s stops=%3d length=%8.0f optimum=%7d gap=%5.2f %% time=%6.1f ms | baseline local search:"
                            + " length=%8.0f gap=%5.2f %% time=%5.1f ms",
                    name, instance.size() - 1, route.length(), instance.optimum(), gap, median(times), baseLength,
                    gap(baseLength, instance.optimum()), baseMs);
        }
        line("worst gap %.2f %% (target <= 2 %%)", worstGap);
        Random random = new Random(12);
        double[] times = new double[20];
        for (int run = 0; run < times.length; run++) {
            RouteProblem twelve = RouteProblem.closed(RouteSolverTest.randomPlane(random, 13), 0);
            long start = System.nanoTime();
            Route route = solver.solve(twelve);
            times[run] = (System.nanoTime() - start) / 1e6;
            assertThat(route.optimal()).isTrue();
        }
        RouteProblem twelve = RouteProblem.closed(RouteSolverTest.randomPlane(random, 13), 0);
        long start = System.nanoTime();
        int[] heuristic = ClosedTourReduction.solve(twelve);
        double heuristicMs = (System.nanoTime() - start) / 1e6;
        line("exact 12 stops + start: median %.2f ms, max %.2f ms (target <= 50 ms) | baseline heuristic on the"
                + " same size: %.2f ms, length %.3f vs exact %.3f", median(times), max(times), heuristicMs,
                twelve.length(heuristic), solver.solve(twelve).length());
        assertThat(worstGap).isLessThanOrEqualTo(2.0);
    }

    private static void warmUp(RouteSolver solver) {
        DistanceMatrix d = TsplibInstance.load("kroA100").matrix();
        for (int i = 0; i < 3; i++) {
            solver.solve(RouteProblem.closed(d, 0));
            solver.solve(RouteProblem.closed(RouteSolverTest.randomPlane(new Random(i), 13), 0));
        }
    }

    private static double[] flat(DistanceMatrix d) {
        int n = d.size();
        double[] flat = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                flat[i * n + j] = d.get(i, j);
            }
        }
        return flat;
    }

    private static double gap(double length, int optimum) {
        return (length - optimum) * 100.0 / optimum;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(0);
    }

    private static void line(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
        System.out.flush();
    }
}
