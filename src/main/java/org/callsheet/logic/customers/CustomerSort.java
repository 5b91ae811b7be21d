package org.callsheet.logic.customers;

/**
 * Sort order of the customer book. Status, segment and quadrant sort in the order of their enums
 * (best first when ascending), churn warning puts warned customers first when ascending; then
 * names by pinyin. Customers not classified yet have no segment, quadrant or churn value and, like
 * other empty values, come last when ascending and first when descending.
 */
public record CustomerSort(Column column, boolean ascending) {
    public enum Column {
        NAME, EXTERNAL_ID, REGION, OWNER, STATUS, UPDATED, SEGMENT, QUADRANT, CHURN_WARNING
    }

    public static final CustomerSort DEFAULT = new CustomerSort(Column.NAME, true);
}
