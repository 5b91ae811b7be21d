package org.callsheet.logic.customers;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
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

    /** Builds the search index (see {@link CustomerSearchIndex#load}). */
    public void loadIndex(LongConsumer progress, BooleanSupplier cancelled) {
        index.load(repository, progress, cancelled);
    }

    public long count() {
        return repository.count();
    }

    /** Provinces that have customers, by pinyin like the names (重庆 among the C's). */
    public List<String> provinces() {
        return byPinyin(repository.provinces());
    }

    public List<String> cities(String province) {
        return byPinyin(repository.cities(province));
    }

    public List<String> districts(String province, String city) {
        return byPinyin(repository.districts(province, city));
    }

    private List<String> byPinyin(List<String> places) {
        return places.stream().sorted(index.pinyin().order()).toList();
    }

    public List<String> owners() {
        return repository.owners();
    }

    public List<String> tags() {
        return repository.tags();
    }
}
