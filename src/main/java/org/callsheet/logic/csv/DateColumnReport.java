package org.callsheet.logic.csv;

import java.util.Optional;

/**
 * What a whole date column looks like, to show the user before importing.
 *
 * @param firstInvalid       the first value that is no date in any reading ("" if none)
 * @param dayFirstExample    a value only day-first can read ("" if none)
 * @param monthFirstExample  a value only month-first can read ("" if none)
 * @param ambiguousExample   a value both readings accept with different dates ("" if none)
 */
public record DateColumnReport(Verdict verdict, long values, long invalid, String firstInvalid,
                               String dayFirstExample, String monthFirstExample, String ambiguousExample) {

    /** The decision on year-last values like 03/04/2025. */
    public enum Verdict {
        /** No year-last values: nothing to decide. */
        NOT_NEEDED,
        DAY_FIRST,
        MONTH_FIRST,
        /** Every year-last value reads both ways; the user must choose. */
        AMBIGUOUS,
        /** Some values read only day-first, others only month-first; the column must be fixed. */
        CONFLICTING
    }

    /** The order to import with, when the column decides it by itself. */
    public Optional<DayMonthOrder> decidedOrder() {
        return switch (verdict) {
            case DAY_FIRST -> Optional.of(DayMonthOrder.DAY_FIRST);
            case MONTH_FIRST -> Optional.of(DayMonthOrder.MONTH_FIRST);
            default -> Optional.empty();
        };
    }

    public boolean needsUserChoice() {
        return verdict == Verdict.AMBIGUOUS;
    }

    /** The problem to show for this column, if the column cannot be imported as it stands. */
    public Optional<CsvProblem> problem(String column) {
        return switch (verdict) {
            case AMBIGUOUS -> Optional.of(new CsvProblem(Severity.FATAL, ProblemCode.AMBIGUOUS_DATE_COLUMN,
                    java.util.List.of(ambiguousExample), 0, column));
            case CONFLICTING -> Optional.of(new CsvProblem(Severity.FATAL, ProblemCode.CONFLICTING_DATE_COLUMN,
                    java.util.List.of(dayFirstExample, monthFirstExample), 0, column));
            default -> Optional.empty();
        };
    }

    /** Bundle key naming the format, e.g. for "Dates read as day/month/year". */
    public String formatKey() {
        return "csv.date.verdict." + verdict.name().toLowerCase(java.util.Locale.ROOT);
    }
}
