package org.callsheet.logic.csv;

import java.util.Optional;

/** Finds rows of one file that repeat an earlier row's {@link DuplicateKey}. */
public final class DuplicateDetector {
    private final FingerprintIndex seen = new FingerprintIndex();

    /**
     * Remembers the key for this row; when an earlier row had the same key, returns the problem
     * that rejects this one.
     */
    public Optional<CsvProblem> check(DuplicateKey key, long row, String column) {
        long first = seen.putIfAbsent(key.fingerprint(), row);
        if (first == 0) {
            return Optional.empty();
        }
        return Optional.of(CsvProblem.error(ProblemCode.DUPLICATE_IN_FILE, row, column, first, key.kind().ordinal()));
    }
}
