package org.callsheet.logic.customers;

/**
 * Sort order of the customer book. Status, segment and quadrant sort in the order of their enums
 * (best first when ascending), churn warning puts warned customers first when ascending; customers
 * without a classification come last either way, then names by pinyin.
 */
public record CustomerSort(Column column, boolean ascending) {
    public enum Column {
        NAME, EXTERNAL_ID, REGION, OWNER, STATUS, UPDATED, SEGMENT, QUADRANT, CHURN_WARNING;

        /** True for the columns kept in the stored classification rather than on the customer. */
        public boolean classified() {
            return this == SEGMENT || this == QUADRANT || this == CHURN_WARNING;
        }
    }

    public static final CustomerSort DEFAULT = new CustomerSort(Column.NAME, true);
}
