package org.callsheet.logic.classification.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callsheet.model.CustomerStatus;

/**
 * The result of {@link Classifier#classify}: one {@link CustomerClassification} per input
 * customer, in input order, plus what the population-wide rules used.
 *
 * @param asOf      the as-of date D
 * @param customers per-customer results, in the order of the input
 * @param medians   the quadrant split lines (§4) over the scored customers
 * @param model     the repeat-purchase model used, empty when there was too little history
 * @param purchases what each customer's repeat-purchase forecast was computed from, by index
 */
public record PopulationClassification(
        LocalDate asOf,
        List<CustomerClassification> customers,
        ValueQuadrants.Medians medians,
        Optional<RepeatPurchaseModel> model,
        RepeatPurchaseInputs purchases) {

    public PopulationClassification {
        customers = List.copyOf(customers);
    }

    /** Results by customer id. */
    public Map<Long, CustomerClassification> byCustomer() {
        Map<Long, CustomerClassification> map = new HashMap<>(customers.size() * 2);
        for (CustomerClassification c : customers) {
            map.put(c.customerId(), c);
        }
        return map;
    }

    /** How many customers have each status. */
    public Map<CustomerStatus, Integer> statusCounts() {
        Map<CustomerStatus, Integer> counts = new EnumMap<>(CustomerStatus.class);
        for (CustomerClassification c : customers) {
            counts.merge(c.status(), 1, Integer::sum);
        }
        return counts;
    }
}
