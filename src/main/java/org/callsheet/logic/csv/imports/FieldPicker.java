package org.callsheet.logic.csv.imports;

import java.math.BigDecimal;
import java.util.Objects;
import org.callsheet.model.Phone;

/**
 * Chooses between a stored value and the file's value under a policy: a blank file value never
 * wins; UPDATE takes the file's value, MERGE only fills a blank stored value. Numbers equal in
 * value (1200 and 1200.00) count as the same, so a re-import is no change.
 */
final class FieldPicker {
    private final DuplicatePolicy policy;

    FieldPicker(DuplicatePolicy policy) {
        if (policy == DuplicatePolicy.SKIP) {
            throw new IllegalArgumentException("skip changes nothing");
        }
        this.policy = policy;
    }

    String text(String stored, String incoming) {
        return pick(stored, incoming, isBlank(stored), isBlank(incoming));
    }

    Phone phone(Phone stored, Phone incoming) {
        if (!incoming.isEmpty() && incoming.input().equals(stored.input())) {
            return stored;
        }
        return pick(stored, incoming, stored.isEmpty(), incoming.isEmpty());
    }

    BigDecimal number(BigDecimal stored, BigDecimal incoming) {
        if (stored != null && incoming != null && stored.compareTo(incoming) == 0) {
            return stored;
        }
        return pick(stored, incoming, stored == null, incoming == null);
    }

    <T> T value(T stored, T incoming) {
        if (Objects.equals(stored, incoming)) {
            return stored;
        }
        return pick(stored, incoming, stored == null, incoming == null);
    }

    boolean updates() {
        return policy == DuplicatePolicy.UPDATE;
    }

    private <T> T pick(T stored, T incoming, boolean storedBlank, boolean incomingBlank) {
        if (incomingBlank) {
            return stored;
        }
        return policy == DuplicatePolicy.UPDATE || storedBlank ? incoming : stored;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
