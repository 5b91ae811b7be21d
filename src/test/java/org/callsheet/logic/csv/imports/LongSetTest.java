package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LongSetTest {

    @Test
    void holdsManyIdsThroughGrowth() {
        LongSet set = new LongSet();
        for (long id = 1; id <= 100_000; id += 3) {
            assertThat(set.add(id)).isTrue();
        }
        assertThat(set.add(4)).isFalse();
        assertThat(set.contains(99_997)).isTrue();
        assertThat(set.contains(99_998)).isFalse();
        assertThat(set.contains(0)).isFalse();
        assertThatThrownBy(() -> set.add(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
