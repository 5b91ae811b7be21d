package org.callsheet.logic.csv;

import java.util.Arrays;

/**
 * A compact map from 64-bit fingerprints to the row they were first seen on (open addressing in
 * two long arrays): about 32 bytes per row instead of the hundred or more of a HashMap of boxed
 * values, which matters for files of a million rows.
 */
final class FingerprintIndex {
    private static final long EMPTY_ROW = 0;
    private long[] keys;
    private long[] rows;
    private int size;

    FingerprintIndex() {
        keys = new long[1024];
        rows = new long[1024];
    }

    /** Stores the row for the fingerprint unless present; returns the earlier row, or 0 when new. */
    long putIfAbsent(long fingerprint, long row) {
        if (row == EMPTY_ROW) {
            throw new IllegalArgumentException("rows start at 1");
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = find(keys, rows, fingerprint);
        if (rows[slot] != EMPTY_ROW) {
            return rows[slot];
        }
        keys[slot] = fingerprint;
        rows[slot] = row;
        size++;
        return EMPTY_ROW;
    }

    int size() {
        return size;
    }

    private static int find(long[] keys, long[] rows, long fingerprint) {
        int mask = keys.length - 1;
        int slot = (int) (mix(fingerprint) & mask);
        while (rows[slot] != EMPTY_ROW && keys[slot] != fingerprint) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new long[oldRows.length * 2];
        Arrays.fill(rows, EMPTY_ROW);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldRows[i] != EMPTY_ROW) {
                int slot = find(keys, rows, oldKeys[i]);
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
