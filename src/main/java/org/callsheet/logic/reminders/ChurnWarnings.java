package org.callsheet.logic.reminders;

import java.util.Set;

/**
 * The customers that the stored classification flags with a churn warning (DOMAIN §10). The
 * classification keeps the flag current after imports and on demand; the call list only reads it.
 */
public interface ChurnWarnings {
    /** For lists whose caller names the churning customers itself. */
    ChurnWarnings NONE = Set::of;

    /** Ids of the customers flagged now. */
    Set<Long> customerIds();
}
