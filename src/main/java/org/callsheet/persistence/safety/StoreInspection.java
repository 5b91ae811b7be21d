package org.callsheet.persistence.safety;

import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * A look at a closed database file through H2's storage layer, read-only, before anything opens it
 * for writing: the version of its newest commit and whether it holds any data at all. A file cut
 * short opens in H2 as an older commit (a lower version) or as a new, empty store (no maps).
 */
record StoreInspection(long version, int maps) {

    /** Reads the file; H2's own exception tells when it is locked or cannot be read. */
    static StoreInspection of(Path file) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            return new StoreInspection(store.getCurrentVersion(), store.getMapNames().size());
        }
    }

    boolean holdsNothing() {
        return maps == 0;
    }
}
