package org.callsheet.logic.classification;

import java.math.BigDecimal;
import java.util.List;

/**
 * The value-quadrant chart (§4): points (the largest customers first, at most the number asked
 * for), how many scored customers there are in all, and the median split lines of the run.
 */
public record QuadrantChart(List<QuadrantPoint> points, long scoredCustomers, BigDecimal averageOrderMedian,
                            BigDecimal frequencyMedian) {

    public QuadrantChart {
        points = List.copyOf(points);
    }
}
