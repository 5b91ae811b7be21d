package org.callsheet.logic.classification.rules;

import org.callsheet.model.CustomerStatus;

/**
 * The statuses of docs/domain.md §2 that do not depend on the ranking: "no need" wins over
 * everything (so a marked customer with revenue is not ranked in the pyramid either);
 * otherwise current (revenue_12m &gt; 0) customers go to the pyramid, customers who ordered on or
 * before D are inactive, customers with a call or visit on or before D are prospects, the rest
 * suspects.
 */
public final class StatusRule {

    private StatusRule() {
    }

    /**
     * The status for a non-current customer, or null when the customer is current and its tier
     * comes from {@link RevenuePyramid}.
     */
    public static CustomerStatus baseStatus(boolean noNeed, boolean current, boolean orderedByAsOf,
                                            boolean contactedByAsOf) {
        if (noNeed) {
            return CustomerStatus.OTHER;
        }
        if (current) {
            return null;
        }
        if (orderedByAsOf) {
            return CustomerStatus.INACTIVE;
        }
        return contactedByAsOf ? CustomerStatus.PROSPECT : CustomerStatus.SUSPECT;
    }
}
