package org.callsheet.logic.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every TSPLIB instance in the test resources: the closed tour within 2 % of the proven optimum. */
class TsplibGapTest {
    static final java.util.List<String> NAMES = TsplibInstance.NAMES;

    @ParameterizedTest
    @FieldSource("NAMES")
    void tourIsWithinTwoPercentOfTheOptimum(String name) {
        TsplibInstance instance = TsplibInstance.load(name);
        RouteProblem problem = RouteProblem.closed(instance.matrix(), 0);
        Route route = new RouteSolver().solve(problem);
        RouteSolverTest.assertValid(problem, route.order());
        assertThat(route.length()).isGreaterThanOrEqualTo(instance.optimum());
        assertThat(route.length()).isLessThanOrEqualTo(instance.optimum() * 1.02);
    }
}
