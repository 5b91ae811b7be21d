package org.callsheet.logic.classification;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.callsheet.logic.classification.rules.RepeatPurchaseModel;
import org.callsheet.model.CustomerStatus;

/** Stored classification results, overrides and change history. Every write is one transaction. */
public interface ClassificationStore {

    /** Writes a whole run (results or snapshot, status updates, history); returns the run id. */
    default long save(ClassificationRun run) {
        return save(run, () -> run.population().model());
    }

    /**
     * As {@link #save(ClassificationRun)}, with the run's repeat-purchase model asked for only
     * when everything else is written (it may still be being fitted), within the same transaction.
     */
    long save(ClassificationRun run, Supplier<Optional<RepeatPurchaseModel>> model);

    Optional<ClassificationResult> resultFor(long customerId);

    /** The customer's change history, oldest first. */
    List<ClassificationChange> history(long customerId);

    List<ClassificationOverride> overrides();

    Optional<ClassificationOverride> override(long customerId);

    /** The rep's 黑脸 flag of the customer (false when there is no such customer). */
    boolean blackFace(long customerId);

    /** Sets or clears the 黑脸 flag; the face follows at the next classification. */
    void setBlackFace(long customerId, boolean blackFace);

    /** The customer's current status (customer.status); empty when there is no such customer. */
    Optional<CustomerStatus> status(long customerId);

    /**
     * Stores or replaces an override and applies it at once: customer.status and the stored
     * result's status become {@code override.status()}, and {@code change} is recorded (when not null).
     */
    void putOverride(ClassificationOverride override, ClassificationChange change);

    /**
     * Removes the override and puts back {@code restored} (the status the rules gave) as the
     * customer's status, recording {@code change} (when not null).
     */
    void removeOverride(long customerId, CustomerStatus restored, ClassificationChange change);
}
