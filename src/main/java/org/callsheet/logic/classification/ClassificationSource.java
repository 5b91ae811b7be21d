package org.callsheet.logic.classification;

import java.time.LocalDate;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;

/**
 * Streams what a reclassification reads, without building an object per order: every customer
 * (ascending id) with its stored state, and every order as primitive values. Implemented with
 * database cursors in persistence.
 */
public interface ClassificationSource {

    /** Marks a missing day or cost. */
    int NO_DAY = Integer.MIN_VALUE;
    long NO_COST = Long.MIN_VALUE;

    @FunctionalInterface
    interface CustomerSink {
        /**
         * @param blackFace       the rep's 黑脸 flag (docs/domain.md §5)
         * @param firstContactDay epoch day of the first logged (connected) call, or {@link #NO_DAY}
         * @param status          the customer's current status (customer.status)
         * @param quadrant        the stored quadrant, null when never classified
         * @param segment         the stored RFM segment, null when none
         * @param hashKnown       whether a stored result row exists and has a hash
         * @param storedHash      that hash (meaningless when not known): a row whose new hash equals
         *                        it is not written again
         */
        void accept(long customerId, boolean noNeed, boolean blackFace, int firstContactDay, CustomerStatus status,
                    ValueQuadrant quadrant, RfmSegment segment, boolean hashKnown, long storedHash);
    }

    @FunctionalInterface
    interface OrderSink {
        /** One order: amounts in cents (hundredths), cost {@link #NO_COST} when unknown. */
        void accept(long customerId, int epochDay, long amountCents, long costCents);
    }

    @FunctionalInterface
    interface LabelSink {
        void accept(long customerId, String externalId, String name);
    }

    /** An upper bound of the number of orders (to size buffers once). */
    long orderCountEstimate();

    /** Every customer, ascending id. */
    void forEachCustomer(CustomerSink sink);

    /** Every order dated on or before {@code upTo}, in no particular order. */
    void forEachOrder(LocalDate upTo, OrderSink sink);

    /**
     * Part {@code part} of {@code parts} of those orders (by stored order, so the parts can be
     * read at the same time); together the parts give each order once. A source that cannot
     * split gives them all in part 0.
     */
    default void forEachOrder(LocalDate upTo, int part, int parts, OrderSink sink) {
        if (part == 0) {
            forEachOrder(upTo, sink);
        }
    }

    /** External id (null when none) and name of every customer, ascending id. */
    void forEachCustomerLabel(LabelSink sink);
}
