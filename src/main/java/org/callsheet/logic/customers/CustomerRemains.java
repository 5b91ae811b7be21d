package org.callsheet.logic.customers;

/**
 * Everything the store held about a deleted customer beyond the snapshot's own fields (its calls,
 * follow-ups, checklist ticks, classification, history, black-face mark), in the store's own form.
 * The logic never looks inside: an undo hands it back to the store unchanged.
 */
public interface CustomerRemains {
    /** For snapshots that did not come from a delete (copies between books): nothing more to restore. */
    CustomerRemains NONE = new CustomerRemains() {
    };
}
