package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.callsheet.logic.csv.CsvRow;
import org.junit.jupiter.api.Test;

class ConvertAheadTest {

    /** Rows 1..count, counting how many were read; row {@code failAt} cannot be read. */
    private static final class Rows implements Iterator<CsvRow> {
        final AtomicInteger read = new AtomicInteger();
        final int count;
        final int failAt;

        Rows(int count, int failAt) {
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public boolean hasNext() {
            return read.get() < count;
        }

        @Override
        public CsvRow next() {
            int row = read.incrementAndGet();
            if (row == failAt) {
                throw new IllegalStateException("row " + row + " cannot be read");
            }
            return new CsvRow(row, List.of("cell " + row));
        }
    }

    /** Converts a row to its number, and remembers on which thread. */
    private static final class Numbers implements ChunkPass<Long> {
        final List<String> threads = new ArrayList<>();

        @Override
        public Converted<Long> convert(List<CsvRow> rows) {
            threads.add(Thread.currentThread().getName());
            return new Converted<>(List.of(), rows.stream().map(CsvRow::row).toList());
        }

        @Override
        public List<RowOutcome> apply(Converted<Long> chunk) {
            return List.of();
        }
    }

    @Test
    void chunksArriveInFileOrderConvertedOnAnotherThread() {
        Numbers pass = new Numbers();
        List<Long> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        try (ConvertAhead<Long> ahead = new ConvertAhead<>(new Rows(25, -1), 10, pass)) {
            for (var chunk = ahead.next(); chunk != null; chunk = ahead.next()) {
                seen.addAll(chunk.converted().accepted());
                sizes.add(chunk.rows());
            }
            assertThat(ahead.next()).isNull();
        }
        assertThat(seen).hasSize(25).isSorted();
        assertThat(sizes).containsExactly(10, 10, 5);
        assertThat(pass.threads).containsOnly("import-convert");
    }

    @Test
    void theReaderStaysABoundedNumberOfChunksAheadSoMemoryStaysFlat() throws Exception {
        Rows rows = new Rows(1_000, -1);
        try (ConvertAhead<Long> ahead = new ConvertAhead<>(rows, 10, new Numbers())) {
            Thread.sleep(300);
            assertThat(rows.read.get()).isLessThanOrEqualTo((ConvertAhead.AHEAD + 1) * 10);
            assertThat(ahead.next().converted().accepted()).startsWith(1L);
        }
    }

    @Test
    void aRowThatCannotBeReadFailsTheWritingThreadAfterTheChunksBeforeIt() {
        try (ConvertAhead<Long> ahead = new ConvertAhead<>(new Rows(100, 25), 10, new Numbers())) {
            assertThat(ahead.next().rows()).isEqualTo(10);
            assertThat(ahead.next().rows()).isEqualTo(10);
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class).hasMessage("row 25 cannot be read");
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void closingHalfWayStopsTheReader() {
        Rows rows = new Rows(1_000_000, -1);
        ConvertAhead<Long> ahead = new ConvertAhead<>(rows, 10, new Numbers());
        ahead.next();
        ahead.close();
        int readAtClose = rows.read.get();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("import-convert"));
        assertThat(rows.read.get()).isEqualTo(readAtClose).isLessThan(1_000_000);
    }
}
