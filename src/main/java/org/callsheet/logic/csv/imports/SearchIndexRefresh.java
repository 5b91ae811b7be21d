package org.callsheet.logic.csv.imports;

import org.callsheet.logic.customers.CustomerSearchIndex;
import org.callsheet.logic.customers.SearchEntrySource;

/**
 * Rebuilds the customer search index after a customer import or any undo (an import may touch
 * every customer, so a rebuild is simpler and about as fast as patching the overlay). Runs on the
 * thread that ran the import, which is never the FX thread.
 */
public final class SearchIndexRefresh implements ImportListener {
    private final CustomerSearchIndex index;
    private final SearchEntrySource customers;

    public SearchIndexRefresh(CustomerSearchIndex index, SearchEntrySource customers) {
        this.index = index;
        this.customers = customers;
    }

    @Override
    public void afterImport(ImportResult result) {
        String entity = result.entityId();
        if (entity.equals(org.callsheet.logic.csv.StandardEntities.CUSTOMERS_ID)
                || entity.equals(org.callsheet.logic.csv.StandardEntities.CONTACTS_ID)) {
            index.load(customers, n -> { }, () -> false);
        }
    }

    @Override
    public void afterUndo(UndoResult result) {
        index.load(customers, n -> { }, () -> false);
    }
}
