package org.callsheet.logic.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteSolverTest {
    private final RouteSolver solver = new RouteSolver();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void exactRouteMatchesBruteForceForEveryEnding(int points) {
        Random random = new Random(points * 7919L);
        for (int trial = 0; trial < 15; trial++) {
            DistanceMatrix d = randomPlane(random, points);
            int start = random.nextInt(points);
            for (RouteEnd end : endings(points, start, random)) {
                RouteProblem problem = new RouteProblem(d, start, end);
                Route route = solver.solve(problem);
                assertValid(problem, route.order());
                assertThat(route.optimal()).isTrue();
                assertThat(route.length()).isCloseTo(BruteForce.shortest(problem), within(1e-9));
            }
        }
    }

    @Test
    void heuristicNeverBeatsBruteForceAndStaysCloseOnTwelvePointsPlusOne() {
        Random random = new Random(11);
        for (int trial = 0; trial < 5; trial++) {
            DistanceMatrix d = randomPlane(random, 10);
            RouteProblem problem = RouteProblem.closed(d, 0);
            int[] order = ClosedTourReduction.solve(problem);
            assertValid(problem, order);
            assertThat(problem.length(order)).isCloseTo(BruteForce.shortest(problem), within(1e-9));
        }
    }

    @Test
    void openAndFixedEndRoutesFromTheHeuristicAreValid() {
        Random random = new Random(5);
        DistanceMatrix d = randomPlane(random, 60);
        for (RouteEnd end : new RouteEnd[] {RouteEnd.returnToStart(), RouteEnd.atLastStop(), RouteEnd.at(17)}) {
            RouteProblem problem = new RouteProblem(d, 3, end);
            Route route = solver.solve(problem);
            assertValid(problem, route.order());
            assertThat(route.optimal()).isFalse();
            assertThat(route.length()).isCloseTo(problem.length(route.order()), within(1e-9));
        }
        Route closed = solver.solve(RouteProblem.closed(d, 3));
        Route open = solver.solve(RouteProblem.open(d, 3));
        assertThat(open.length()).isLessThan(closed.length());
    }

    @Test
    void sameProblemGivesTheSameRoute() {
        DistanceMatrix d = TsplibInstance.load("kroA100").matrix();
        Route first = new RouteSolver().solve(RouteProblem.closed(d, 0));
        Route second = new RouteSolver().solve(RouteProblem.closed(d, 0));
        assertThat(second.order()).containsExactly(first.order());
        DistanceMatrix small = randomPlane(new Random(3), 12);
        assertThat(solver.solve(RouteProblem.open(small, 4)).order())
                .containsExactly(solver.solve(RouteProblem.open(small, 4)).order());
    }

    @Test
    void pinnedPointsKeepTheirPositionsAndTheStretchesBetweenAreShortest() {
        Random random = new Random(21);
        DistanceMatrix d = randomPlane(random, 9);
        RouteProblem problem = RouteProblem.closed(d, 0);
        int[] current = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        Route route = solver.solveAround(problem, current, Set.of(4, 7));
        assertValid(problem, route.order());
        assertThat(route.at(4)).isEqualTo(4);
        assertThat(route.at(7)).isEqualTo(7);
        assertThat(Arrays.stream(route.order(), 1, 4).sorted().toArray()).containsExactly(1, 2, 3);
        assertThat(route.length()).isLessThanOrEqualTo(problem.length(current) + 1e-9);
        assertThat(route.length()).isGreaterThanOrEqualTo(solver.solve(problem).length() - 1e-9);
    }

    @Test
    void pinsOnALongRouteAreKeptToo() {
        DistanceMatrix d = randomPlane(new Random(8), 40);
        RouteProblem problem = RouteProblem.open(d, 0);
        int[] current = new int[40];
        Arrays.setAll(current, i -> i);
        Route route = solver.solveAround(problem, current, Set.of(20));
        assertValid(problem, route.order());
        assertThat(route.at(20)).isEqualTo(20);
    }

    @Test
    void withoutPinsSolveAroundIsSolve() {
        DistanceMatrix d = randomPlane(new Random(2), 8);
        RouteProblem problem = RouteProblem.closed(d, 0);
        assertThat(solver.solveAround(problem, new int[] {0, 7, 6, 5, 4, 3, 2, 1}, Set.of()))
                .isEqualTo(solver.solve(problem));
    }

    @Test
    void rejectsAnEndAtTheStartAndACurrentRouteThatMissesAPoint() {
        DistanceMatrix d = randomPlane(new Random(1), 4);
        assertThatThrownBy(() -> new RouteProblem(d, 1, RouteEnd.at(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> solver.solveAround(RouteProblem.closed(d, 0), new int[] {0, 1, 1, 3}, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void greatCircleKmBetweenKnownCities() {
        // Beijing (Tiananmen) to Shanghai (People's Square): about 1,067 km.
        assertThat(GreatCircle.km(39.9087, 116.3975, 31.2304, 121.4737)).isCloseTo(1067, within(5.0));
        assertThat(GreatCircle.km(30, 120, 30, 120)).isZero();
    }

    static DistanceMatrix randomPlane(Random random, int n) {
        double[][] p = new double[n][2];
        for (double[] point : p) {
            point[0] = random.nextDouble() * 100;
            point[1] = random.nextDouble() * 100;
        }
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = Math.hypot(p[i][0] - p[j][0], p[i][1] - p[j][1]);
            }
        }
        return DistanceMatrix.of(d);
    }

    private static RouteEnd[] endings(int points, int start, Random random) {
        if (points < 2) {
            return new RouteEnd[] {RouteEnd.returnToStart(), RouteEnd.atLastStop()};
        }
        int end = (start + 1 + random.nextInt(points - 1)) % points;
        return new RouteEnd[] {RouteEnd.returnToStart(), RouteEnd.atLastStop(), RouteEnd.at(end)};
    }

    static void assertValid(RouteProblem problem, int[] order) {
        assertThat(order).hasSize(problem.size());
        assertThat(order[0]).isEqualTo(problem.start());
        assertThat(Arrays.stream(order).sorted().toArray()).containsExactly(
                java.util.stream.IntStream.range(0, problem.size()).toArray());
        if (problem.end() instanceof RouteEnd.AtPoint(int end)) {
            assertThat(order[order.length - 1]).isEqualTo(end);
        }
    }
}
