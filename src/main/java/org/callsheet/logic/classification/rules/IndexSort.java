package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;

/** Stable merge sort of an index array by a comparator on indices: no boxing, O(n log n). */
final class IndexSort {

    @FunctionalInterface
    interface IndexComparator {
        int compare(int i, int j);
    }

    private IndexSort() {
    }

    static void sort(int[] indices, IndexComparator comparator) {
        int[] buffer = new int[indices.length];
        int[] src = indices;
        int[] dst = buffer;
        int n = indices.length;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = comparator.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] swap = src;
            src = dst;
            dst = swap;
        }
        if (src != indices) {
            System.arraycopy(src, 0, indices, 0, n);
        }
    }

    /** Indices 0..n−1 ordered by ascending key, ties in index order (stable). */
    static int[] byLongKeys(long[] keys) {
        int[] packed = byPackedKeys(keys);
        return packed != null ? packed : byLongKeysMerging(keys);
    }

    /**
     * The same order by sorting each (key − min key, index) pair packed into one long, when the
     * key range leaves room for the index: a primitive sort of distinct values, so ties stay in
     * index order. About twice as fast as the indirect merge sort on a million keys (ADR 0019);
     * null when the keys spread too widely.
     */
    static int[] byPackedKeys(long[] keys) {
        int n = keys.length;
        if (n == 0) {
            return new int[0];
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long k : keys) {
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
        long range = max - min; // may overflow to negative: then it does not fit
        if (range < 0 || (range >>> (63 - indexBits)) != 0) {
            return null;
        }
        long[] pairs = new long[n];
        for (int i = 0; i < n; i++) {
            pairs[i] = ((keys[i] - min) << indexBits) | i;
        }
        java.util.Arrays.parallelSort(pairs);
        long mask = (1L << indexBits) - 1;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) (pairs[i] & mask);
        }
        return out;
    }

    /** The stable merge sort of indices by key, for any keys. */
    static int[] byLongKeysMerging(long[] keys) {
        int n = keys.length;
        int[] src = identity(n);
        int[] dst = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = keys[src[j]] < keys[src[i]] ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] swap = src;
            src = dst;
            dst = swap;
        }
        return src;
    }

    /**
     * Exact long keys with the order of the amounts (amount × 10^maxScale), or null when some
     * amount does not fit; lets hot sorts compare primitives instead of BigDecimals.
     */
    static long[] moneyKeys(BigDecimal[] amounts) {
        int scale = 0;
        for (BigDecimal a : amounts) {
            scale = Math.max(scale, a.scale());
        }
        if (scale > 18) {
            return null;
        }
        long[] keys = new long[amounts.length];
        try {
            for (int i = 0; i < amounts.length; i++) {
                keys[i] = amounts[i].movePointRight(scale).longValueExact();
            }
        } catch (ArithmeticException tooLarge) {
            return null;
        }
        return keys;
    }

    static int[] identity(int n) {
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return indices;
    }
}
