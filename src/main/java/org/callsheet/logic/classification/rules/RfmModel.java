package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFM scoring and segmentation of docs/domain.md §3 over the scored customers (those with an order in
 * the window). A dimension is "high" when its score is strictly above the mean score of that
 * dimension.
 */
public final class RfmModel {

    private RfmModel() {
    }

    /** Scores and segments, in the order of the inputs. */
    public static List<RfmScore> score(List<RfmInput> inputs) {
        int n = inputs.size();
        long[] r = new long[n];
        long[] f = new long[n];
        BigDecimal[] m = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            r[i] = inputs.get(i).recencyDays();
            f[i] = inputs.get(i).frequency();
            m[i] = inputs.get(i).monetary();
        }
        Scores s = score(r, f, m);
        List<RfmScore> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new RfmScore(s.r[i], s.f[i], s.m[i], s.segments[i]));
        }
        return out;
    }

    /** Scores of the customers with an order in the window, by customer id; others are absent. */
    public static Map<Long, RfmScore> score(List<CustomerHistory> customers, ReportingWindow window) {
        List<Long> ids = new ArrayList<>();
        List<RfmInput> inputs = new ArrayList<>();
        for (CustomerHistory c : customers) {
            WindowStats stats = WindowStats.of(c.orders(), window);
            if (stats.scored()) {
                ids.add(c.customerId());
                inputs.add(stats.toRfmInput(window.asOf()));
            }
        }
        List<RfmScore> scores = score(inputs);
        Map<Long, RfmScore> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), scores.get(i));
        }
        return out;
    }

    record Scores(int[] r, int[] f, int[] m, RfmSegment[] segments) {
    }

    static Scores score(long[] recencyDays, long[] frequency, BigDecimal[] monetary) {
        int[] r = RfmScorer.lowerIsBetter(recencyDays);
        int[] f = RfmScorer.higherIsBetter(frequency);
        int[] m = RfmScorer.higherIsBetter(monetary);
        boolean[] rHigh = RfmScorer.aboveMean(r);
        boolean[] fHigh = RfmScorer.aboveMean(f);
        boolean[] mHigh = RfmScorer.aboveMean(m);
        RfmSegment[] segments = new RfmSegment[r.length];
        for (int i = 0; i < r.length; i++) {
            segments[i] = RfmSegment.of(rHigh[i], fHigh[i], mHigh[i]);
        }
        return new Scores(r, f, m, segments);
    }
}
