package org.callsheet.logic.csv;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Decides how to read a date column from every one of its values, never from the first few:
 * a single 13/04/2025 anywhere makes the column day-first; if every year-last value reads both
 * ways (03/04/2025), the column is ambiguous and the user has to say.
 */
public final class DateColumnAnalyzer {
    private final DateValueParser parser = new DateValueParser();
    private long values;
    private long invalid;
    private String firstInvalid = "";
    private long yearLast;
    private String dayFirstOnly = "";
    private String monthFirstOnly = "";
    private String ambiguous = "";

    /** Feeds one cell; blank cells are not dates and are skipped. */
    public void accept(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String cell = FormulaGuard.restore(value.strip());
        values++;
        if (DateValueParser.shape(cell) != DateValueParser.Shape.YEAR_LAST) {
            if (parser.parse(cell, Optional.empty()).isEmpty()) {
                markInvalid(cell);
            }
            return;
        }
        yearLast++;
        Optional<LocalDate> dayFirst = parser.parse(cell, Optional.of(DayMonthOrder.DAY_FIRST));
        Optional<LocalDate> monthFirst = parser.parse(cell, Optional.of(DayMonthOrder.MONTH_FIRST));
        if (dayFirst.isPresent() && monthFirst.isPresent()) {
            if (!dayFirst.equals(monthFirst) && ambiguous.isEmpty()) {
                ambiguous = cell;
            }
        } else if (dayFirst.isPresent()) {
            dayFirstOnly = dayFirstOnly.isEmpty() ? cell : dayFirstOnly;
        } else if (monthFirst.isPresent()) {
            monthFirstOnly = monthFirstOnly.isEmpty() ? cell : monthFirstOnly;
        } else {
            markInvalid(cell);
        }
    }

    private void markInvalid(String cell) {
        invalid++;
        if (firstInvalid.isEmpty()) {
            firstInvalid = cell;
        }
    }

    public DateColumnReport report() {
        DateColumnReport.Verdict verdict;
        if (!dayFirstOnly.isEmpty() && !monthFirstOnly.isEmpty()) {
            verdict = DateColumnReport.Verdict.CONFLICTING;
        } else if (!dayFirstOnly.isEmpty()) {
            verdict = DateColumnReport.Verdict.DAY_FIRST;
        } else if (!monthFirstOnly.isEmpty()) {
            verdict = DateColumnReport.Verdict.MONTH_FIRST;
        } else if (!ambiguous.isEmpty()) {
            verdict = DateColumnReport.Verdict.AMBIGUOUS;
        } else {
            // Year-last values that read the same both ways (05/05/2025) need no decision.
            verdict = yearLast > 0 ? DateColumnReport.Verdict.DAY_FIRST : DateColumnReport.Verdict.NOT_NEEDED;
        }
        return new DateColumnReport(verdict, values, invalid, firstInvalid, dayFirstOnly, monthFirstOnly, ambiguous);
    }
}
