package org.callsheet.ui.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.csv.CsvFile;
import org.callsheet.logic.csv.CsvFileReader;
import org.callsheet.logic.csv.CsvReadOptions;
import org.callsheet.logic.csv.DateColumnReport;
import org.callsheet.logic.csv.DateColumnScan;
import org.callsheet.logic.csv.EntityRegistry;
import org.callsheet.logic.csv.EntityType;
import org.callsheet.logic.csv.HeaderMapper;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.MappingFile;

/**
 * What the wizard shows about a file before importing it: the encoding and delimiter read, the
 * columns mapped to fields, the first rows, and what every date column looks like.
 */
record FilePreview(Charset encoding, char delimiter, HeaderMapping mapping, List<List<String>> rows,
                   Map<String, DateColumnReport> dateReports) {
    static final int ROWS = 20;

    /** Reads the file (the date scan reads all of it); throws the reader's exceptions when it is unreadable. */
    static FilePreview read(Path file, EntityType entity, CsvReadOptions options, Optional<MappingFile.Saved> saved,
                            java.util.function.BooleanSupplier cancelled) {
        CsvFileReader reader = new CsvFileReader(options);
        HeaderMapping mapping;
        Charset encoding;
        char delimiter;
        List<List<String>> rows = new ArrayList<>();
        try (CsvFile csv = reader.open(file)) {
            encoding = csv.encoding().charset();
            delimiter = csv.delimiter();
            mapping = saved.map(s -> new MappingFile(EntityRegistry.standard()).apply(s, csv.header()).mapping())
                    .orElseGet(() -> new HeaderMapper().map(entity, csv.header()).mapping());
            csv.rows().limit(ROWS).forEach(row -> rows.add(row.cells()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, DateColumnReport> reports;
        try (CsvFile csv = reader.open(file)) {
            reports = new DateColumnScan().scan(csv.rows().peek(r -> {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
            }), mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FilePreview(encoding, delimiter, mapping, List.copyOf(rows), reports);
    }
}
