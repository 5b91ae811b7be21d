package org.callsheet.logic.csv;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to read a file. An empty {@code encoding} or {@code delimiter} means "detect it"; the limits
 * protect the program from files that would exhaust memory.
 *
 * @param sampleBytes how much of the start of the file encoding and delimiter detection look at
 */
public record CsvReadOptions(Optional<Charset> encoding, Optional<Character> delimiter,
                             int maxFieldChars, int maxColumns, int sampleBytes) {

    public static final int DEFAULT_MAX_FIELD_CHARS = 1 << 20;
    public static final int DEFAULT_MAX_COLUMNS = 1_000;
    public static final int DEFAULT_SAMPLE_BYTES = 1 << 20;

    public CsvReadOptions {
        if (maxFieldChars < 1 || maxColumns < 1 || sampleBytes < 16) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static CsvReadOptions defaults() {
        return new CsvReadOptions(Optional.empty(), Optional.empty(), DEFAULT_MAX_FIELD_CHARS,
                DEFAULT_MAX_COLUMNS, DEFAULT_SAMPLE_BYTES);
    }

    /** The user chose the encoding; detection is skipped (a byte order mark is still removed). */
    public CsvReadOptions withEncoding(Charset charset) {
        return new CsvReadOptions(Optional.of(charset), delimiter, maxFieldChars, maxColumns, sampleBytes);
    }

    public CsvReadOptions withDelimiter(char d) {
        return new CsvReadOptions(encoding, Optional.of(d), maxFieldChars, maxColumns, sampleBytes);
    }

    public CsvReadOptions withLimits(int fieldChars, int columns) {
        return new CsvReadOptions(encoding, delimiter, fieldChars, columns, sampleBytes);
    }

    public CsvReadOptions withSampleBytes(int bytes) {
        return new CsvReadOptions(encoding, delimiter, maxFieldChars, maxColumns, bytes);
    }
}
