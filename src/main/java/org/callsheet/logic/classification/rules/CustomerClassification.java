package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import org.callsheet.model.CustomerStatus;

/**
 * The classification of one customer as of a date.
 *
 * @param customerId        the customer
 * @param status            pyramid tier or other status (§2)
 * @param revenue12m        sum of the window's order amounts, returns included (zero when none)
 * @param orders12m         number of orders in the window
 * @param recencyDays       days from the last window order to the as-of date; null when the
 *                          customer has no window order (then it has no RFM scores)
 * @param recencyScore      R score 1–5, 0 when not scored (§3)
 * @param frequencyScore    F score 1–5, 0 when not scored
 * @param monetaryScore     M score 1–5, 0 when not scored
 * @param segment           RFM segment, null when not scored
 * @param averageOrder      M / F rounded to cents, null when not scored (§4)
 * @param quadrant          value quadrant, potential or lapsed (§4)
 * @param face              key-customer face (§5)
 * @param churnWarning      churn warning (§10)
 * @param probabilityAlive  P(alive) of the BG/NBD model; null without a model or without a purchase
 * @param repurchase        P(alive) bucket (§7); null when {@code probabilityAlive} is
 * @param expectedOrders90d expected orders in the model horizon (90 days by default); null as above
 * @param clv12m            customer lifetime value of the CLV horizon (12 months by default),
 *                          see {@link RepeatPurchaseModel}; null without a spend model
 */
public record CustomerClassification(
        long customerId,
        CustomerStatus status,
        BigDecimal revenue12m,
        int orders12m,
        Integer recencyDays,
        int recencyScore,
        int frequencyScore,
        int monetaryScore,
        RfmSegment segment,
        BigDecimal averageOrder,
        ValueQuadrant quadrant,
        Face face,
        boolean churnWarning,
        Double probabilityAlive,
        RepurchaseBucket repurchase,
        Double expectedOrders90d,
        BigDecimal clv12m) {

    /** True when the customer had an order in the window and so has RFM scores and a segment. */
    public boolean scored() {
        return segment != null;
    }
}
