package org.callsheet.logic.classify;

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

    static int[] identity(int n) {
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return indices;
    }
}
