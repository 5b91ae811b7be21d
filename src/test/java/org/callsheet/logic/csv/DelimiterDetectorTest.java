package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterDetectorTest {
    private final DelimiterDetector detector = new DelimiterDetector();

    @Test
    void prefersTheDelimiterThatSplitsRecordsEvenly() {
        assertThat(detector.detect("a;b;c\n1,5;2;3\n4;5,5;6\n")).isEqualTo(';');
        assertThat(detector.detect("a,b\n1,2\n")).isEqualTo(',');
        assertThat(detector.detect("a\tb\tc\r\nx\ty\tz\r\n")).isEqualTo('\t');
    }

    @Test
    void ignoresDelimitersInsideQuotesAcrossLines() {
        assertThat(detector.detect("name;notes\n\"x,y,z\n,,,\";1\nb;2\n")).isEqualTo(';');
    }

    @Test
    void singleColumnFallsBackToComma() {
        assertThat(detector.detect("name\n甲\n乙\n")).isEqualTo(',');
        assertThat(detector.detect("")).isEqualTo(',');
    }
}
