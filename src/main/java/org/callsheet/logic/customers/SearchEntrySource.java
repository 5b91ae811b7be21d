package org.callsheet.logic.customers;

import java.util.function.Consumer;

/** Where the search index reads its entries from (the customer repository). */
public interface SearchEntrySource {
    long count();

    /** Streams what the search index needs of every customer, without holding them all. */
    void forEachSearchEntry(Consumer<SearchEntry> sink);
}
