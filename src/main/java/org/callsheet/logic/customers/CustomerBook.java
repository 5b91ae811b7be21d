package org.callsheet.logic.customers;

import java.util.List;
import org.callsheet.model.CustomerRow;

/**
 * The customer list as the book shows it: ids that pass the filter, in the chosen order,
 * narrowed by the search text. Rows are loaded by the page, so a million customers cost a
 * million longs, not a million objects. Call off the UI thread.
 */
public final class CustomerBook {
    private final CustomerRepository repository;
    private final CustomerSearchIndex index;

    private CustomerFilter cachedFilter;
    private CustomerSort cachedSort;
    private long[] cachedIds;

    public CustomerBook(CustomerRepository repository, CustomerSearchIndex index) {
        this.repository = repository;
        this.index = index;
    }

    /** Ids matching filter and search text, in sort order. */
    public synchronized long[] query(CustomerFilter filter, CustomerSort sort, String searchText) {
        if (cachedIds == null || !filter.equals(cachedFilter) || !sort.equals(cachedSort)) {
            cachedIds = repository.findIds(filter, sort);
            cachedFilter = filter;
            cachedSort = sort;
        }
        return index.filter(cachedIds, searchText);
    }

    /** Forgets the cached id list (after customers were added, changed or deleted). */
    public synchronized void invalidate() {
        cachedIds = null;
    }

    public List<CustomerRow> rows(long[] ids) {
        return repository.rows(ids);
    }

    public CustomerSearchIndex index() {
        return index;
    }
}
