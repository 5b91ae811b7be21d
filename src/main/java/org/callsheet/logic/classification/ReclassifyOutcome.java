package org.callsheet.logic.classification;

import java.util.Optional;

/**
 * What a reclassification did: the classified population (empty when it was cancelled before
 * writing, in which case nothing was written), how many customers changed status and how many
 * history rows were written.
 */
public record ReclassifyOutcome(Optional<ClassifiedPopulation> population, long statusChanges, long historyRows) {

    static ReclassifyOutcome cancelledOutcome() {
        return new ReclassifyOutcome(Optional.empty(), 0, 0);
    }

    public boolean cancelled() {
        return population.isEmpty();
    }
}
