package org.callsheet.logic.classification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both ways of ordering indices by long keys give the same stable order. */
class IndexSortTest {

    @Test
    void packedAndMergingOrdersAgreeWithTiesNegativesAndZeros() {
        Random random = new Random(7);
        for (int n : new int[] {0, 1, 2, 3, 17, 1000, 65_537}) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = random.nextInt(50) - 25 + (random.nextInt(10) == 0 ? 1_000_000_000_000L : 0);
            }
            int[] packed = IndexSort.byPackedKeys(keys);
            assertThat(packed).as("n=" + n).isEqualTo(IndexSort.byLongKeysMerging(keys));
            for (int k = 1; k < n; k++) {
                long a = keys[packed[k - 1]];
                long b = keys[packed[k]];
                assertThat(a < b || a == b && packed[k - 1] < packed[k]).as("stable at " + k).isTrue();
            }
        }
    }

    @Test
    void keysSpreadTooWideForPackingFallBackToMerging() {
        long[] keys = {Long.MAX_VALUE, 0, Long.MIN_VALUE, 0, -1};

        assertThat(IndexSort.byPackedKeys(keys)).isNull();
        assertThat(IndexSort.byLongKeys(keys)).containsExactly(2, 4, 1, 3, 0);
    }

    @Test
    void aRangeThatJustFitsIsPacked() {
        // two keys and a one-bit index leave 62 bits for the range
        long[] keys = {(1L << 62) - 1, 0};

        assertThat(IndexSort.byPackedKeys(keys)).containsExactly(1, 0);
        assertThat(IndexSort.byPackedKeys(new long[] {1L << 62, 0})).isNull();
    }
}
