package org.callsheet.model;

/** Status in the revenue pyramid (docs/domain.md §2); the first four are the tiers of current customers. */
public enum CustomerStatus {
    SUPER, BIG, MEDIUM, SMALL, INACTIVE, PROSPECT, SUSPECT, OTHER;

    public boolean isCurrent() {
        return ordinal() <= SMALL.ordinal();
    }

    public boolean isKey() {
        return this == SUPER || this == BIG;
    }
}
