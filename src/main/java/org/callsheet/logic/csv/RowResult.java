package org.callsheet.logic.csv;

import java.util.List;
import java.util.Optional;

/**
 * What became of one row: the converted value when the row is accepted, and every problem found
 * (warnings come with an accepted row, errors with a rejected one).
 */
public record RowResult<T>(CsvRow row, Optional<T> value, List<CsvProblem> problems) {
    public RowResult {
        problems = List.copyOf(problems);
    }

    static <T> RowResult<T> of(CsvRow row, T value, List<CsvProblem> problems) {
        boolean rejected = problems.stream().anyMatch(CsvProblem::rejectsRow);
        return new RowResult<>(row, rejected ? Optional.empty() : Optional.of(value), problems);
    }

    public boolean accepted() {
        return value.isPresent();
    }
}
