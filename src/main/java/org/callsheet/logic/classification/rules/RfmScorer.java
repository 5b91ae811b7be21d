package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;

/**
 * The 1–5 scores of docs/domain.md §3: score(x) = 1 + floor(5·w / N), w = how many of the N scored
 * customers have a value strictly worse than x. Equal values therefore share a score.
 */
final class RfmScorer {

    static final int LEVELS = 5;

    private RfmScorer() {
    }

    /** Scores where more is better (F). */
    static int[] higherIsBetter(long[] values) {
        int[] order = IndexSort.byLongKeys(values);
        return scoresFromAscending(order, values);
    }

    /** Scores where less is better (R, days since the last order). */
    static int[] lowerIsBetter(long[] values) {
        long[] negated = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return higherIsBetter(negated);
    }

    /** Scores where more is better, on exact amounts (M). */
    static int[] higherIsBetter(BigDecimal[] values) {
        long[] keys = IndexSort.moneyKeys(values);
        if (keys != null) {
            return higherIsBetter(keys);
        }
        int[] order = IndexSort.identity(values.length);
        IndexSort.sort(order, (i, j) -> values[i].compareTo(values[j]));
        return scoresFromAscending(order, (i, j) -> values[i].compareTo(values[j]) == 0);
    }

    private static int[] scoresFromAscending(int[] order, long[] values) {
        return scoresFromAscending(order, (i, j) -> values[i] == values[j]);
    }

    private interface Same {
        boolean test(int i, int j);
    }

    /** {@code order} runs from worst to best: w of a value is the position of its first copy. */
    private static int[] scoresFromAscending(int[] order, Same same) {
        int n = order.length;
        int[] scores = new int[n];
        int groupScore = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || !same.test(order[k], order[k - 1])) {
                groupScore = 1 + (int) ((long) LEVELS * k / n);
            }
            scores[order[k]] = groupScore;
        }
        return scores;
    }

    /** High ⇔ score strictly above the mean score; compared exactly as score·N &gt; Σ scores. */
    static boolean[] aboveMean(int[] scores) {
        long sum = 0;
        for (int s : scores) {
            sum += s;
        }
        boolean[] high = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            high[i] = (long) scores[i] * scores.length > sum;
        }
        return high;
    }
}
