package org.callsheet.logic.classification.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.callsheet.model.CustomerStatus;

/**
 * Alert of docs/domain.md §10: a key customer (super or big) at an earlier date that is inactive now.
 */
public final class KeyCustomerAlerts {

    private KeyCustomerAlerts() {
    }

    public static boolean turnedInactive(CustomerStatus before, CustomerStatus now) {
        return before != null && before.isKey() && now == CustomerStatus.INACTIVE;
    }

    /** Customers key in an earlier classification and inactive in a later one. */
    public static List<Long> turnedInactive(PopulationClassification before, PopulationClassification now) {
        Map<Long, CustomerStatus> earlier = new java.util.HashMap<>();
        before.customers().forEach(c -> earlier.put(c.customerId(), c.status()));
        Map<Long, CustomerStatus> later = new java.util.LinkedHashMap<>();
        now.customers().forEach(c -> later.put(c.customerId(), c.status()));
        return turnedInactive(earlier, later);
    }

    /** Customers that were key in {@code before} and are inactive in {@code now}, in {@code now}'s order. */
    public static List<Long> turnedInactive(Map<Long, CustomerStatus> before, Map<Long, CustomerStatus> now) {
        List<Long> out = new ArrayList<>();
        now.forEach((customer, status) -> {
            if (turnedInactive(before.get(customer), status)) {
                out.add(customer);
            }
        });
        return out;
    }
}
