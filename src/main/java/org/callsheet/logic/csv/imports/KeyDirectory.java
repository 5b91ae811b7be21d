package org.callsheet.logic.csv.imports;

import java.util.function.LongConsumer;

/**
 * Which stored records have a key (a uid, an external id, a mobile number, …): a multimap from
 * 128-bit fingerprints of {@code kind + key} to record ids, in three long arrays with open
 * addressing, so an import asks its memory instead of the database for every row. About 50
 * bytes per key; a million customers with three keys each take some 150 MB.
 *
 * <p>Two different keys share a fingerprint with a chance of about 10⁻¹⁷ in an import of a
 * million rows against a million stored records; callers that must be exact compare the records
 * they fetch by id anyway.
 */
final class KeyDirectory {

    private long[] highs;
    private long[] lows;
    /** Record id + 1; 0 marks a free slot. */
    private long[] ids;
    private int size;

    KeyDirectory() {
        allocate(1 << 10);
    }

    int size() {
        return size;
    }

    /** Adds the record under the key; adding the same pair twice keeps one. */
    void add(char kind, String key, long id) {
        if (key == null || key.isEmpty()) {
            return;
        }
        long high = fnv(kind, key);
        long low = polynomial(kind, key);
        int mask = ids.length - 1;
        int slot = slot(high, mask);
        while (ids[slot] != 0) {
            if (highs[slot] == high && lows[slot] == low && ids[slot] == id + 1) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        highs[slot] = high;
        lows[slot] = low;
        ids[slot] = id + 1;
        if (++size * 4 >= ids.length * 3) {
            grow();
        }
    }

    /** Hands every record id stored under the key to {@code out}. */
    void find(char kind, String key, LongConsumer out) {
        if (key == null || key.isEmpty()) {
            return;
        }
        long high = fnv(kind, key);
        long low = polynomial(kind, key);
        int mask = ids.length - 1;
        for (int slot = slot(high, mask); ids[slot] != 0; slot = (slot + 1) & mask) {
            if (highs[slot] == high && lows[slot] == low) {
                out.accept(ids[slot] - 1);
            }
        }
    }

    /** The first record id stored under the key, or -1. */
    long first(char kind, String key) {
        long[] found = {-1};
        find(kind, key, id -> {
            if (found[0] < 0) {
                found[0] = id;
            }
        });
        return found[0];
    }

    private void grow() {
        long[] oldHighs = highs;
        long[] oldLows = lows;
        long[] oldIds = ids;
        allocate(oldIds.length * 2);
        int mask = ids.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != 0) {
                int slot = slot(oldHighs[i], mask);
                while (ids[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                highs[slot] = oldHighs[i];
                lows[slot] = oldLows[i];
                ids[slot] = oldIds[i];
            }
        }
    }

    private void allocate(int capacity) {
        highs = new long[capacity];
        lows = new long[capacity];
        ids = new long[capacity];
    }

    private static int slot(long hash, int mask) {
        long x = hash ^ (hash >>> 33);
        x *= 0xff51afd7ed558ccdL;
        return (int) ((x ^ (x >>> 33)) & mask);
    }

    /** FNV-1a over the kind and the characters of the key. */
    private static long fnv(char kind, String key) {
        long hash = (0xcbf29ce484222325L ^ kind) * 0x100000001b3L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }

    /** A second, differently built hash: a polynomial with the golden-ratio multiplier, then mixed. */
    private static long polynomial(char kind, String key) {
        long hash = kind;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash + key.charAt(i)) * 0x9E3779B97F4A7C15L;
        }
        hash ^= hash >>> 31;
        hash *= 0xbf58476d1ce4e5b9L;
        return hash ^ (hash >>> 29) ^ key.length();
    }
}
