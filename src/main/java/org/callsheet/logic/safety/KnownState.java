package org.callsheet.logic.safety;

import java.time.Instant;

/**
 * What Callsheet last knew of a database file, kept beside it and in its backups (ADR 23): the
 * storage version of its newest commit, when that was seen, what the book held and how large the
 * file was. A file whose newest commit is older than this one has gone back in time.
 *
 * @param storeVersion the newest commit's version; {@link #UNKNOWN_VERSION} while a compaction
 *                     rewrites the file (its versions start again from the beginning)
 */
public record KnownState(long storeVersion, Instant seenAt, BookCounts counts, long fileSize) {
    public static final long UNKNOWN_VERSION = -1;

    /** True when a file whose newest commit has {@code version} lacks commits this state has seen. */
    public boolean isNewerThan(long version) {
        return storeVersion != UNKNOWN_VERSION && version < storeVersion;
    }

    public KnownState withVersion(long version, Instant at) {
        return new KnownState(version, at, counts, fileSize);
    }

    /** The same state of a file rewritten to another size with the same commits (encrypted or decrypted). */
    public KnownState withFileSize(long size) {
        return new KnownState(storeVersion, seenAt, counts, size);
    }
}
