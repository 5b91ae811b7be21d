package org.callsheet.logic.history;

import java.util.List;
import java.util.Optional;
import org.callsheet.model.CustomerField;
import org.callsheet.model.CustomerFieldChange;

/**
 * Reading a customer's field history, newest first, a page at a time (a customer may have
 * thousands of entries). Written by the saves and imports themselves. Implemented with jOOQ in
 * persistence.
 */
public interface CustomerFieldHistory {

    /** Up to {@code limit} entries after the first {@code offset}, newest first; only {@code field}'s when given. */
    List<CustomerFieldChange> newestFirst(long customerId, Optional<CustomerField> field, int offset, int limit);

    /** The fields the customer's history has entries for, in the enum's order. */
    List<CustomerField> fieldsChanged(long customerId);
}
