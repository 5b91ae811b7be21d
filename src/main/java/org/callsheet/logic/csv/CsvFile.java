package org.callsheet.logic.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An open CSV file whose header has been read and checked. The data rows are streamed once, in
 * order; blank rows are skipped. Reading a row may still throw {@link UnreadableCsvException}
 * (an unclosed quote, a huge cell, bytes in the wrong encoding further down the file).
 */
public final class CsvFile implements Closeable {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final DetectedEncoding encoding;
    private final char delimiter;
    private final CsvRow header;
    private CsvRow next;
    private boolean consumed;

    CsvFile(CSVParser parser, DetectedEncoding encoding, char delimiter, Set<String> knownColumnNames) {
        this.parser = parser;
        this.records = parser.iterator();
        this.encoding = encoding;
        this.delimiter = delimiter;
        CsvRow first = readNonBlank();
        if (first == null) {
            throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.EMPTY_FILE, 0));
        }
        HeaderChecks.check(first, knownColumnNames);
        this.header = first;
        this.next = readNonBlank();
        if (next == null) {
            throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.NO_ROWS, first.row()));
        }
    }

    public DetectedEncoding encoding() {
        return encoding;
    }

    public char delimiter() {
        return delimiter;
    }

    /** The header cells as written (a byte order mark and surrounding spaces removed). */
    public List<String> header() {
        return HeaderChecks.displayNames(header);
    }

    public long headerRow() {
        return header.row();
    }

    /** The data rows; may be called once. */
    public Stream<CsvRow> rows() {
        if (consumed) {
            throw new IllegalStateException("rows can be read once");
        }
        consumed = true;
        Iterator<CsvRow> iterator = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public CsvRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                CsvRow row = next;
                next = readNonBlank();
                return row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    private CsvRow readNonBlank() {
        while (true) {
            long startLine = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException) {
                    throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.MALFORMED_QUOTE, startLine), e);
                }
                throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.IO_ERROR, startLine,
                        String.valueOf(e.getCause().getMessage())), e);
            }
            CsvRow row = new CsvRow(startLine, record.toList());
            if (!row.isBlank()) {
                return row;
            }
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
