package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {

    @Test
    void logGammaKnownValues() {
        assertThat(SpecialFunctions.logGamma(1)).isCloseTo(0.0, within(1e-14));
        assertThat(SpecialFunctions.logGamma(2)).isCloseTo(0.0, within(1e-14));
        assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(SpecialFunctions.logGamma(10)).isCloseTo(Math.log(362880), within(1e-13));
        assertThat(SpecialFunctions.logGamma(1e-8)).isCloseTo(18.420680738180209, within(1e-9));
        double lf = 0;
        for (int k = 2; k < 200; k++) {
            lf += Math.log(k);
        }
        assertThat(SpecialFunctions.logGamma(200)).isCloseTo(lf, within(1e-10));
    }

    @Test
    void risingFactorialMatchesTheGammaDifference() {
        assertThat(SpecialFunctions.logRisingFactorial(0.25, 3)).isCloseTo(Math.log(0.25 * 1.25 * 2.25), within(1e-15));
        assertThat(SpecialFunctions.logRisingFactorial(2.5, 50))
                .isCloseTo(SpecialFunctions.logGamma(52.5) - SpecialFunctions.logGamma(2.5), within(1e-10));
    }

    @Test
    void hypergeometricClosedForms() {
        // 2F1(1, 1; 2; z) = −ln(1 − z) / z
        assertThat(SpecialFunctions.hypergeometric2F1(1, 1, 2, 0.9)).isCloseTo(-Math.log(0.1) / 0.9, within(1e-12));
        // 2F1(a, b; b; z) = (1 − z)^−a
        assertThat(SpecialFunctions.hypergeometric2F1(0.7, 3, 3, 0.5)).isCloseTo(Math.pow(0.5, -0.7), within(1e-13));
        assertThat(SpecialFunctions.hypergeometric2F1(2, 3, 4, 0)).isEqualTo(1.0);
    }

    @Test
    void severalArgumentsAtOnceMatchOneAtATime() {
        double[] z = {0.0, 0.2, 0.55, 0.93};
        double[] out = new double[z.length];
        SpecialFunctions.hypergeometric2F1(1.7, -0.2, 5.3, z, out);
        for (int k = 0; k < z.length; k++) {
            assertThat(out[k]).isCloseTo(SpecialFunctions.hypergeometric2F1(1.7, -0.2, 5.3, z[k]), within(1e-14));
        }
    }
}
