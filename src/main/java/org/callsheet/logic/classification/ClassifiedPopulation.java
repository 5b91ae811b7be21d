package org.callsheet.logic.classification;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.callsheet.logic.classification.rules.PopulationClassification;
import org.callsheet.model.CustomerStatus;

/**
 * Every customer classified as of a date, ascending customer id, with the effective status
 * (overrides applied). Held in columns; {@link #result(int)} builds one customer's result.
 */
public final class ClassifiedPopulation {
    private final PopulationClassification population;
    private final CustomerStatus[] effective;
    private final boolean[] overridden;

    ClassifiedPopulation(PopulationClassification population, CustomerStatus[] effective, boolean[] overridden) {
        this.population = population;
        this.effective = effective;
        this.overridden = overridden;
    }

    public LocalDate asOf() {
        return population.asOf();
    }

    public int size() {
        return effective.length;
    }

    public ClassificationResult result(int index) {
        return new ClassificationResult(population.asOf(), effective[index], overridden[index],
                population.customers().get(index));
    }

    /** Customers per effective status, every status listed (zero when none). */
    public Map<CustomerStatus, Long> statusCounts() {
        Map<CustomerStatus, Long> counts = new EnumMap<>(CustomerStatus.class);
        for (CustomerStatus s : CustomerStatus.values()) {
            counts.put(s, 0L);
        }
        for (CustomerStatus s : effective) {
            counts.merge(s, 1L, Long::sum);
        }
        return counts;
    }

    /** The same statuses over {@code complete}: the same customers, with their forecasts added. */
    ClassifiedPopulation withPopulation(PopulationClassification complete) {
        if (complete.customers().size() != effective.length) {
            throw new IllegalArgumentException("not the same customers");
        }
        return new ClassifiedPopulation(complete, effective, overridden);
    }

    PopulationClassification population() {
        return population;
    }

    CustomerStatus[] effective() {
        return effective;
    }

    boolean[] overridden() {
        return overridden;
    }
}
