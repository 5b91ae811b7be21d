package org.callsheet.logic.csv;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a file, a row or a cell, kept as a message code with arguments so that it
 * can be shown in any language. {@code row} is the physical line number in the file (1 = the
 * header line), 0 when the problem is about the whole file; {@code column} is the column name as
 * written in the file, empty when the problem is not about one column.
 */
public record CsvProblem(Severity severity, ProblemCode code, List<Object> args, long row, String column) {

    public CsvProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        column = column == null ? "" : column;
    }

    public static CsvProblem fatal(ProblemCode code, long row, Object... args) {
        return new CsvProblem(Severity.FATAL, code, List.of(args), row, "");
    }

    public static CsvProblem error(ProblemCode code, long row, String column, Object... args) {
        return new CsvProblem(Severity.ERROR, code, List.of(args), row, column);
    }

    public static CsvProblem warning(ProblemCode code, long row, String column, Object... args) {
        return new CsvProblem(Severity.WARNING, code, List.of(args), row, column);
    }

    public boolean rejectsRow() {
        return severity != Severity.WARNING;
    }
}
