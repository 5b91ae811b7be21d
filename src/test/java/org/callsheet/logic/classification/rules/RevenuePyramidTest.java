package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.callsheet.model.CustomerStatus.BIG;
import static org.callsheet.model.CustomerStatus.MEDIUM;
import static org.callsheet.model.CustomerStatus.SMALL;
import static org.callsheet.model.CustomerStatus.SUPER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.Test;

class RevenuePyramidTest {

    private final RevenuePyramid pyramid = new RevenuePyramid(ClassificationSettings.PyramidSettings.DEFAULTS);

    /** Revenues 100, 99, …, 1: position p has revenue 101 − p. */
    private static List<BigDecimal> distinct(int n) {
        List<BigDecimal> r = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            r.add(BigDecimal.valueOf(n + 1 - p));
        }
        return r;
    }

    private static Map<CustomerStatus, Long> counts(List<CustomerStatus> tiers) {
        return tiers.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void hundredDistinctRevenuesSplitOneFourFifteenEighty() {
        assertThat(counts(pyramid.tiers(distinct(100))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(SUPER, 1L, BIG, 4L, MEDIUM, 15L, SMALL, 80L));
    }

    @Test
    void cutsRoundUp() {
        // N = 10: c1 = ceil(0.1) = 1, c2 = ceil(0.5) = 1, c3 = ceil(2) = 2
        assertThat(pyramid.tiers(distinct(10)))
                .containsExactly(SUPER, MEDIUM, SMALL, SMALL, SMALL, SMALL, SMALL, SMALL, SMALL, SMALL);
        // N = 201: c1 = 3, c2 = 11, c3 = 41
        assertThat(counts(pyramid.tiers(distinct(201))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(SUPER, 3L, BIG, 8L, MEDIUM, 30L, SMALL, 160L));
        assertThat(pyramid.tiers(List.of(BigDecimal.TEN))).containsExactly(SUPER);
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<BigDecimal> revenues = distinct(100);
        Collections.reverse(revenues);
        List<CustomerStatus> tiers = pyramid.tiers(revenues);
        assertThat(tiers.get(99)).isEqualTo(SUPER);
        assertThat(tiers.subList(95, 99)).containsOnly(BIG);
        assertThat(tiers.get(94)).isEqualTo(MEDIUM);
    }

    @Test
    void tieAcrossTheSuperCutIsAllSuper() {
        List<BigDecimal> r = distinct(100);
        r.set(1, r.get(0)); // positions 1 and 2 share the top revenue
        List<CustomerStatus> tiers = pyramid.tiers(r);
        assertThat(tiers.subList(0, 2)).containsOnly(SUPER);
        assertThat(tiers.subList(2, 5)).containsOnly(BIG);
    }

    @Test
    void tieAcrossTheBigCutIsAllBig() {
        List<BigDecimal> r = distinct(100);
        r.set(5, r.get(4)); // positions 5 and 6 tie; 5 is the last big position
        r.set(6, r.get(4)); // and 7
        List<CustomerStatus> tiers = pyramid.tiers(r);
        assertThat(tiers.subList(4, 7)).containsOnly(BIG);
        assertThat(tiers.get(7)).isEqualTo(MEDIUM);
    }

    @Test
    void tieAcrossTheMediumCutIsAllMedium() {
        List<BigDecimal> r = distinct(100);
        r.set(20, r.get(19)); // positions 20 and 21
        List<CustomerStatus> tiers = pyramid.tiers(r);
        assertThat(tiers.subList(19, 21)).containsOnly(MEDIUM);
        assertThat(tiers.get(21)).isEqualTo(SMALL);
    }

    @Test
    void tieStartingRightAfterACutStaysBelowIt() {
        List<BigDecimal> r = distinct(100);
        r.set(2, r.get(1)); // positions 2 and 3 tie, both after the super cut (c1 = 1)
        List<CustomerStatus> tiers = pyramid.tiers(r);
        assertThat(tiers.get(0)).isEqualTo(SUPER);
        assertThat(tiers.subList(1, 3)).containsOnly(BIG);
    }

    @Test
    void everybodyEqualIsAllSuper() {
        assertThat(pyramid.tiers(Collections.nCopies(50, new BigDecimal("7.00")))).containsOnly(SUPER);
    }

    @Test
    void equalAmountsWithDifferentScalesTie() {
        assertThat(pyramid.tiers(List.of(new BigDecimal("5"), new BigDecimal("5.00"), BigDecimal.ONE)))
                .containsExactly(SUPER, SUPER, SMALL); // N = 3: every cut is 1
    }

    @Test
    void rejectsNonCurrentRevenue() {
        assertThatThrownBy(() -> pyramid.tiers(List.of(BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
