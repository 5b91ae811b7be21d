package org.callsheet.persistence;

import java.util.Arrays;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;

/**
 * One as-of date's snapshot in columns: every customer who had ordered by then (ascending id)
 * with its effective status, its quadrant and its 12-month revenue in cents. A customer missing
 * from it was "potential" at that date.
 */
final class SnapshotSet {
    private long[] ids;
    private CustomerStatus[] statuses;
    private ValueQuadrant[] quadrants;
    private long[] revenueCents;
    private int size;

    SnapshotSet(int capacity) {
        ids = new long[capacity];
        statuses = new CustomerStatus[capacity];
        quadrants = new ValueQuadrant[capacity];
        revenueCents = new long[capacity];
    }

    void add(long id, CustomerStatus status, ValueQuadrant quadrant, long cents) {
        if (size > 0 && id <= ids[size - 1]) {
            throw new IllegalStateException("snapshot customers must come in ascending id order");
        }
        if (size == ids.length) {
            int capacity = Math.max(16, size * 2);
            ids = Arrays.copyOf(ids, capacity);
            statuses = Arrays.copyOf(statuses, capacity);
            quadrants = Arrays.copyOf(quadrants, capacity);
            revenueCents = Arrays.copyOf(revenueCents, capacity);
        }
        ids[size] = id;
        statuses[size] = status;
        quadrants[size] = quadrant;
        revenueCents[size] = cents;
        size++;
    }

    int size() {
        return size;
    }

    int capacity() {
        return ids.length;
    }

    long[] ids() {
        return ids;
    }

    CustomerStatus[] statuses() {
        return statuses;
    }

    ValueQuadrant[] quadrants() {
        return quadrants;
    }

    long[] revenueCents() {
        return revenueCents;
    }

    /** Index of {@code id}, or a negative number when the customer is not in the set. */
    int indexOf(long id) {
        return Arrays.binarySearch(ids, 0, size, id);
    }
}
