package org.callsheet.logic.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The first pass of an import: every mapped date column is analysed over all rows, then the
 * mapping takes the day/month order each column decides. A column the data cannot decide is
 * left to the user, unless the user has already chosen its order.
 */
public final class DateColumnScan {

    /** The mapping to import with and the date columns still waiting for the user. */
    public record Settled(HeaderMapping mapping, Map<String, DateColumnReport> reports, List<CsvProblem> problems) {
        public Settled {
            reports = Map.copyOf(reports);
            problems = List.copyOf(problems);
        }

        public boolean ready() {
            return problems.isEmpty();
        }
    }

    /** Reads the rows once; returns a report per mapped date field, in field order. */
    public Map<String, DateColumnReport> scan(Stream<CsvRow> rows, HeaderMapping mapping) {
        Map<String, DateColumnAnalyzer> analyzers = new LinkedHashMap<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (FieldSpec field : mapping.entity().fields()) {
            OptionalInt column = mapping.columnOf(field.id());
            if ((field.type() == FieldType.DATE || field.type() == FieldType.DATE_TIME) && column.isPresent()) {
                analyzers.put(field.id(), new DateColumnAnalyzer());
                columns.put(field.id(), column.getAsInt());
            }
        }
        rows.forEach(row -> analyzers.forEach((field, analyzer) -> analyzer.accept(row.cell(columns.get(field)))));
        Map<String, DateColumnReport> reports = new LinkedHashMap<>();
        analyzers.forEach((field, analyzer) -> reports.put(field, analyzer.report()));
        return reports;
    }

    public Settled settle(HeaderMapping mapping, Map<String, DateColumnReport> reports) {
        return settle(mapping, reports, Optional.empty());
    }

    /**
     * Like {@link #settle(HeaderMapping, Map)}, but a column whose values fit both orders takes
     * {@code undecided} when given, instead of waiting for the user.
     */
    public Settled settle(HeaderMapping mapping, Map<String, DateColumnReport> reports,
                          Optional<DayMonthOrder> undecided) {
        HeaderMapping settled = mapping;
        List<CsvProblem> problems = new ArrayList<>();
        for (Map.Entry<String, DateColumnReport> entry : reports.entrySet()) {
            String field = entry.getKey();
            DateColumnReport report = entry.getValue();
            if (mapping.dateOrder(field).isPresent()) {
                continue;
            }
            if (report.decidedOrder().isPresent()) {
                settled = settled.withDateOrder(field, report.decidedOrder().get());
            } else if (report.needsUserChoice() && undecided.isPresent()) {
                settled = settled.withDateOrder(field, undecided.get());
            } else {
                report.problem(mapping.columnName(field)).ifPresent(problems::add);
            }
        }
        return new Settled(settled, reports, problems);
    }
}
