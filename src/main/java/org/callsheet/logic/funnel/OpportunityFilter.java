package org.callsheet.logic.funnel;

import java.time.Instant;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;

/**
 * Which opportunities a list shows; every null field means "any". {@code createdFrom} is
 * inclusive, {@code createdUntil} exclusive; {@code text} is found in the title or the customer's name.
 */
public record OpportunityFilter(
        Long customerId,
        Stage stage,
        OpportunityStatus status,
        String owner,
        Instant createdFrom,
        Instant createdUntil,
        String text) {

    public static OpportunityFilter all() {
        return new OpportunityFilter(null, null, null, null, null, null, null);
    }

    public static OpportunityFilter open() {
        return new OpportunityFilter(null, null, OpportunityStatus.OPEN, null, null, null, null);
    }

    public static OpportunityFilter ofCustomer(long customerId) {
        return new OpportunityFilter(customerId, null, null, null, null, null, null);
    }
}
