package org.callsheet.persistence.safety;

import java.nio.file.Path;
import java.util.Optional;
import org.callsheet.persistence.encryption.FileKey;
import org.h2.mvstore.MVStore;

/**
 * A look at a closed database file through H2's storage layer, read-only, before anything opens it
 * for writing: the version of its newest commit and whether it holds any data at all. A file cut
 * short opens in H2 as an older commit (a lower version) or as a new, empty store (no maps).
 */
public record StoreInspection(long version, int maps) {

    /** Reads a plain file; H2's own exception tells when it is locked or cannot be read. */
    static StoreInspection of(Path file) {
        return of(file, Optional.empty());
    }

    /** Reads the file, encrypted with {@code key} when one is given. */
    public static StoreInspection of(Path file, Optional<FileKey> key) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).readOnly();
        key.ifPresent(k -> builder.encryptionKey(k.filePassword()));
        try (MVStore store = builder.open()) {
            return new StoreInspection(store.getCurrentVersion(), store.getMapNames().size());
        }
    }

    public boolean holdsNothing() {
        return maps == 0;
    }
}
