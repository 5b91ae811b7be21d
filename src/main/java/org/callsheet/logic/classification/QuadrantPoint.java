package org.callsheet.logic.classification;

import java.math.BigDecimal;
import org.callsheet.logic.classification.rules.ValueQuadrant;

/** A customer on the value-quadrant chart: average order amount (y) against order count (x). */
public record QuadrantPoint(long customerId, BigDecimal averageOrder, int orders, ValueQuadrant quadrant) {
}
