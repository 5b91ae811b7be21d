package org.callsheet.logic.customers;

/** Sort order of the customer book. */
public record CustomerSort(Column column, boolean ascending) {
    public enum Column { NAME, EXTERNAL_ID, REGION, OWNER, STATUS, UPDATED }

    public static final CustomerSort DEFAULT = new CustomerSort(Column.NAME, true);
}
