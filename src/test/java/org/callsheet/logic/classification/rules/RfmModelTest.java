package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.logic.classification.rules.Orders.money;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmModelTest {

    private static RfmInput in(long r, long f, String m) {
        return new RfmInput(r, f, money(m));
    }

    @Test
    void fiveDistinctValuesScoreOneToFive() {
        List<RfmScore> s = RfmModel.score(List.of(in(1, 5, "50"), in(2, 4, "40"), in(3, 3, "30"),
                in(4, 2, "20"), in(5, 1, "10")));
        assertThat(s).extracting(RfmScore::recency).containsExactly(5, 4, 3, 2, 1);
        assertThat(s).extracting(RfmScore::frequency).containsExactly(5, 4, 3, 2, 1);
        assertThat(s).extracting(RfmScore::monetary).containsExactly(5, 4, 3, 2, 1);
        // mean 3: strictly above means 4 and 5
        assertThat(s).extracting(RfmScore::segment).containsExactly(RfmSegment.IMPORTANT_VALUE,
                RfmSegment.IMPORTANT_VALUE, RfmSegment.GENERAL_RETAIN, RfmSegment.GENERAL_RETAIN,
                RfmSegment.GENERAL_RETAIN);
    }

    @Test
    void equalValuesShareTheScoreOfTheirFirstPosition() {
        // F = 1, 1, 1, 2: w(1) = 0 → 1; w(2) = 3 → 1 + floor(15 / 4) = 4
        List<RfmScore> s = RfmModel.score(List.of(in(10, 1, "5"), in(10, 1, "5"), in(10, 1, "5"), in(10, 2, "5")));
        assertThat(s).extracting(RfmScore::frequency).containsExactly(1, 1, 1, 4);
        // all R and M equal: every score 1, nobody above the mean
        assertThat(s).extracting(RfmScore::recency).containsOnly(1);
        assertThat(s).extracting(RfmScore::monetary).containsOnly(1);
        assertThat(s.get(3).segment()).isEqualTo(RfmSegment.GENERAL_KEEP);
        assertThat(s.get(0).segment()).isEqualTo(RfmSegment.GENERAL_RETAIN);
    }

    @Test
    void fewerRecentDaysIsBetterAndTiesShare() {
        // R days 30, 5, 5, 90: worse = more days. w(5) = 2 → 1 + floor(10/4) = 3; w(30) = 1 → 2; w(90) = 0 → 1
        List<RfmScore> s = RfmModel.score(List.of(in(30, 1, "1"), in(5, 1, "1"), in(5, 1, "1"), in(90, 1, "1")));
        assertThat(s).extracting(RfmScore::recency).containsExactly(2, 3, 3, 1);
    }

    @Test
    void moneyComparesByValueNotScale() {
        List<RfmScore> s = RfmModel.score(List.of(in(1, 1, "10"), in(1, 1, "10.00"), in(1, 1, "-3")));
        // w(10) = 1 → 1 + floor(5/3) = 2; the return-only customer is worst
        assertThat(s).extracting(RfmScore::monetary).containsExactly(2, 2, 1);
    }

    @Test
    void highMeansStrictlyAboveTheMean() {
        // M scores: N = 2, values 1 and 2 → scores 1 and 1 + floor(5/2) = 3; mean 2
        List<RfmScore> s = RfmModel.score(List.of(in(3, 1, "1"), in(3, 1, "2")));
        assertThat(s).extracting(RfmScore::monetary).containsExactly(1, 3);
        assertThat(s.get(1).segment()).isEqualTo(RfmSegment.IMPORTANT_RETAIN);
        assertThat(s.get(0).segment()).isEqualTo(RfmSegment.GENERAL_RETAIN);
    }

    @Test
    void scoresFromHistoriesSkipCustomersWithoutWindowOrders() {
        java.util.Map<Long, RfmScore> scores = RfmModel.score(List.of(
                Orders.customer(1, Orders.order("2025-06-01", "100"), Orders.order("2025-06-20", "50")),
                Orders.customer(2, Orders.order("2025-01-01", "10")),
                Orders.customer(3, Orders.order("2023-01-01", "10")),
                Orders.customer(4, Orders.order("2025-07-01", "10"))),
                new ReportingWindow(java.time.LocalDate.parse("2025-06-30"), 12));
        assertThat(scores).containsOnlyKeys(1L, 2L);
        assertThat(scores.get(1L).recency()).isEqualTo(3);
        assertThat(scores.get(1L).segment()).isEqualTo(RfmSegment.IMPORTANT_VALUE);
        assertThat(scores.get(2L).segment()).isEqualTo(RfmSegment.GENERAL_RETAIN);
    }

    @Test
    void allEightSegmentsHaveDistinctCodesAndRoundTrip() {
        for (RfmSegment segment : RfmSegment.values()) {
            assertThat(RfmSegment.fromCode(segment.code())).isEqualTo(segment);
        }
        assertThat(RfmSegment.of(false, true, true)).isEqualTo(RfmSegment.IMPORTANT_KEEP);
        assertThat(RfmSegment.of(true, false, true)).isEqualTo(RfmSegment.IMPORTANT_DEVELOP);
        assertThat(RfmSegment.of(true, true, false)).isEqualTo(RfmSegment.GENERAL_VALUE);
        assertThat(RfmSegment.of(true, false, false)).isEqualTo(RfmSegment.GENERAL_DEVELOP);
        assertThat(RfmSegment.IMPORTANT_VALUE.code()).isEqualTo("important_value");
        assertThat(RfmSegment.GENERAL_RETAIN.code()).isEqualTo("general_retain");
    }

    @Test
    void scoresStayWithinOneToFiveForLargeGroups() {
        long[] values = new long[1003];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        int[] scores = RfmScorer.higherIsBetter(values);
        assertThat(scores[0]).isEqualTo(1);
        assertThat(scores[1002]).isEqualTo(5);
        // the first value to reach score 2 is at w = ceil(1003 / 5) = 201
        assertThat(scores[200]).isEqualTo(1);
        assertThat(scores[201]).isEqualTo(2);
        assertThat(RfmScorer.higherIsBetter(new BigDecimal[0])).isEmpty();
    }
}
