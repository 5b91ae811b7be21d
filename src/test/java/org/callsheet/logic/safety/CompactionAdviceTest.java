package org.callsheet.logic.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactionAdviceTest {
    private static final long MB = 1024 * 1024;

    @Test
    void aFileMostlyDeadSpaceIsCompacted() {
        // the case: 1.18 GB holding about 111 MB of live data
        assertThat(CompactionAdvice.pays(1180 * MB, 100, 9)).isTrue();
        assertThat(CompactionAdvice.freed(1180 * MB, 100, 9)).isGreaterThan(1000 * MB);
    }

    @Test
    void aNearlyFullFileIsLeftAsItIs() {
        assertThat(CompactionAdvice.pays(1180 * MB, 99, 90)).isFalse();
    }

    @Test
    void aSmallFileIsNotWorthTheWhile() {
        assertThat(CompactionAdvice.pays(20 * MB, 100, 30)).isFalse();
    }
}
