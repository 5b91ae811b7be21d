package org.callsheet.ui.customers;

import org.callsheet.model.CustomerRow;

/**
 * One line of the customer table: the id is always known, the row only once its page arrived.
 * {@code gone} marks an id whose customer was deleted since the list was queried.
 */
public record BookRow(long id, CustomerRow row, boolean gone) {

    public static BookRow loading(long id) {
        return new BookRow(id, null, false);
    }

    public static BookRow gone(long id) {
        return new BookRow(id, null, true);
    }

    public static BookRow of(CustomerRow row) {
        return new BookRow(row.id(), row, false);
    }

    public boolean isLoaded() {
        return row != null;
    }
}
