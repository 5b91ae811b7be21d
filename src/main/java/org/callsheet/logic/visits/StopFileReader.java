package org.callsheet.logic.visits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.callsheet.logic.csv.CsvFile;
import org.callsheet.logic.csv.CsvFileReader;
import org.callsheet.logic.csv.CsvReadOptions;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.EntityRegistry;
import org.callsheet.logic.csv.EntityType;
import org.callsheet.logic.csv.FieldSpec;
import org.callsheet.logic.csv.FieldType;
import org.callsheet.logic.csv.FormulaGuard;
import org.callsheet.logic.csv.HeaderMapper;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.text.Characters;

/**
 * Reads a file of points to route: a header naming {@code external_id, name, latitude, longitude}
 * (or their Chinese names; other columns ignored), encoding detected as for imports. A row whose
 * coordinate is missing, malformed or out of range is left out and reported with its column.
 */
public final class StopFileReader {
    public static final EntityType STOPS = new EntityType("stops", List.of(
            new FieldSpec("external_id", FieldType.TEXT, true, List.of("客户编号", "编号", "客户ID", "id",
                    "customer id", "customer external id")),
            new FieldSpec("name", FieldType.TEXT, true, List.of("客户名称", "名称", "客户", "公司名称", "customer",
                    "customer name")),
            new FieldSpec("latitude", FieldType.COORDINATE, true, List.of("纬度", "lat")),
            new FieldSpec("longitude", FieldType.COORDINATE, true, List.of("经度", "lng", "lon"))));
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private final CsvReadOptions options;

    public StopFileReader(CsvReadOptions options) {
        this.options = options;
    }

    /**
     * @throws org.callsheet.logic.csv.UnreadableCsvException when the file cannot be read as CSV
     * @throws MissingColumnsException when the header lacks one of the four columns
     */
    public StopFile read(Path file) {
        EntityRegistry registry = new EntityRegistry();
        registry.register(STOPS);
        try (CsvFile csv = new CsvFileReader(options, registry).open(file)) {
            HeaderMapping mapping = new HeaderMapper().map(STOPS, csv.header()).mapping();
            List<String> missing = STOPS.fieldIds().stream().filter(f -> !mapping.has(f)).toList();
            if (!missing.isEmpty()) {
                throw new MissingColumnsException(missing);
            }
            List<Stop> stops = new ArrayList<>();
            List<StopProblem> rejected = new ArrayList<>();
            csv.rows().forEach(row -> {
                List<StopProblem> problems = new ArrayList<>();
                Optional<BigDecimal> latitude = coordinate(mapping, row, "latitude", 90, problems);
                Optional<BigDecimal> longitude = coordinate(mapping, row, "longitude", 180, problems);
                if (problems.isEmpty()) {
                    stops.add(new Stop(row.row(), cell(mapping, row, "external_id"), cell(mapping, row, "name"),
                            latitude.orElseThrow(), longitude.orElseThrow()));
                } else {
                    rejected.addAll(problems);
                }
            });
            return new StopFile(stops, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(HeaderMapping mapping, CsvRow row, String field) {
        return FormulaGuard.restore(mapping.value(row, field)).strip();
    }

    private static Optional<BigDecimal> coordinate(HeaderMapping mapping, CsvRow row, String field, int limit,
                                                   List<StopProblem> problems) {
        String value = Characters.halfWidth(cell(mapping, row, field)).strip();
        String column = mapping.columnName(field);
        if (value.isEmpty()) {
            problems.add(new StopProblem(row.row(), column, StopProblem.Reason.MISSING, value));
            return Optional.empty();
        }
        if (!DECIMAL.matcher(value).matches()) {
            problems.add(new StopProblem(row.row(), column, StopProblem.Reason.NOT_A_NUMBER, value));
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(value);
        if (number.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            problems.add(new StopProblem(row.row(), column, StopProblem.Reason.OUT_OF_RANGE, value));
            return Optional.empty();
        }
        return Optional.of(number);
    }
}
