package org.callsheet.logic.classification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.callsheet.logic.classification.rules.PopulationClassification;
import org.callsheet.model.CustomerStatus;

/**
 * Everything one reclassification writes, in one transaction: the run, every customer's result
 * with its effective status ({@code effective[i]} belongs to {@code population.customers().get(i)},
 * {@code overridden[i]} tells whether a rep's override decided it), the status updates of the
 * customer book and the change history rows.
 *
 * @param current true to replace the current results and customer statuses; false to store only
 *                the snapshot of the as-of date (a look back that changes nothing else)
 */
public record ClassificationRun(LocalDate asOf, Instant runAt, ChangeCause cause, boolean current,
                                PopulationClassification population, CustomerStatus[] effective,
                                boolean[] overridden, List<StatusUpdate> statusUpdates,
                                List<ClassificationChange> changes, StoredHashes stored) {

    /**
     * The hash of each customer's stored result row as read with the customers, by population
     * index ({@code known[i]} false where there is no row or no hash): rows whose new hash is the
     * same are not written again.
     */
    public record StoredHashes(boolean[] known, long[] hashes) {
        public boolean same(int index, long hash) {
            return known[index] && hashes[index] == hash;
        }
    }

    /** A customer whose customer.status must change. */
    public record StatusUpdate(long customerId, CustomerStatus status) {
    }

    public ClassificationRun {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(population, "population");
        if (effective.length != population.customers().size() || overridden.length != effective.length) {
            throw new IllegalArgumentException("one effective status per customer");
        }
        Objects.requireNonNull(stored, "stored");
        if (stored.known().length != effective.length) {
            throw new IllegalArgumentException("one stored hash per customer");
        }
        statusUpdates = List.copyOf(statusUpdates);
        changes = List.copyOf(changes);
    }
}
