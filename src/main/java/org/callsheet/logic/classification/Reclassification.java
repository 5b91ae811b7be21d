package org.callsheet.logic.classification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.callsheet.logic.classification.rules.CustomerClassification;
import org.callsheet.logic.classification.rules.PopulationClassification;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;

/**
 * Turns the rules' results into what is stored: overrides applied, the customer book's status
 * updates and a history row for every status, quadrant or segment that differs from before
 * (nothing for a customer whose classification stayed the same).
 */
final class Reclassification {

    private Reclassification() {
    }

    static ClassifiedPopulation applyOverrides(PopulationClassification population,
                                               Map<Long, ClassificationOverride> overrides) {
        int n = population.customers().size();
        CustomerStatus[] effective = new CustomerStatus[n];
        boolean[] overridden = new boolean[n];
        for (int i = 0; i < n; i++) {
            CustomerClassification c = population.customers().get(i);
            ClassificationOverride o = overrides.get(c.customerId());
            effective[i] = o != null ? o.status() : c.status();
            overridden[i] = o != null;
        }
        return new ClassifiedPopulation(population, effective, overridden);
    }

    static ClassificationRun run(HistoryColumns before, ClassifiedPopulation classified, Instant now,
                                 ChangeCause cause, boolean current) {
        List<ClassificationRun.StatusUpdate> updates = new ArrayList<>();
        List<ClassificationChange> changes = new ArrayList<>();
        LocalDate asOf = classified.asOf();
        if (current) {
            List<CustomerClassification> results = classified.population().customers();
            for (int i = 0; i < before.n; i++) {
                CustomerClassification c = results.get(i);
                long id = c.customerId();
                CustomerStatus status = classified.effective()[i];
                if (status != before.previousStatus[i]) {
                    updates.add(new ClassificationRun.StatusUpdate(id, status));
                    changes.add(change(id, ChangedField.STATUS, name(before.previousStatus[i]), status.name(),
                            now, asOf, cause));
                }
                ValueQuadrant quadrant = c.quadrant();
                if (before.previousQuadrant[i] != null && quadrant != before.previousQuadrant[i]) {
                    changes.add(change(id, ChangedField.QUADRANT, before.previousQuadrant[i].name(), quadrant.name(),
                            now, asOf, cause));
                }
                RfmSegment segment = c.segment();
                if (before.previousQuadrant[i] != null && segment != before.previousSegment[i]) {
                    changes.add(change(id, ChangedField.SEGMENT, name(before.previousSegment[i]), name(segment),
                            now, asOf, cause));
                }
            }
        }
        return new ClassificationRun(asOf, now, cause, current, classified.population(), classified.effective(),
                classified.overridden(), updates, changes,
                new ClassificationRun.StoredHashes(before.hashKnown, before.storedHash));
    }

    private static ClassificationChange change(long id, ChangedField what, String from, String to, Instant now,
                                               LocalDate asOf, ChangeCause cause) {
        return new ClassificationChange(id, what, from, to, now, asOf, cause, null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
