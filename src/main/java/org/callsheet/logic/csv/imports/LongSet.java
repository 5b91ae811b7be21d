package org.callsheet.logic.csv.imports;

/** A set of positive longs in one array (open addressing): ids touched by a large import. */
final class LongSet {
    private long[] slots = new long[1024];
    private int size;

    /** Adds the id; false when it was there already. */
    boolean add(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("ids are positive");
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        int slot = find(slots, id);
        if (slots[slot] == id) {
            return false;
        }
        slots[slot] = id;
        size++;
        return true;
    }

    boolean contains(long id) {
        return id > 0 && slots[find(slots, id)] == id;
    }

    private static int find(long[] slots, long id) {
        int mask = slots.length - 1;
        long x = id * 0x9E3779B97F4A7C15L;
        int slot = (int) ((x ^ (x >>> 32)) & mask);
        while (slots[slot] != 0 && slots[slot] != id) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long id : old) {
            if (id != 0) {
                slots[find(slots, id)] = id;
            }
        }
    }
}
