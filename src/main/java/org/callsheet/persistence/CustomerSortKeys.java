package org.callsheet.persistence;

import org.callsheet.model.CustomerStatus;

/**
 * The status's sort key on the customer (migration 5.7), written with the status. The
 * classification's other orders (segment, quadrant, churn warning) are applied in memory by
 * {@link ClassificationSortOrder} (ADR 0018).
 */
final class CustomerSortKeys {
    private CustomerSortKeys() {
    }

    /** The status's position in the product's order, super first. */
    static short statusRank(CustomerStatus status) {
        return (short) status.ordinal();
    }
}
