package org.callsheet.logic.classification.rules;

import java.time.LocalDate;

/**
 * The window of docs/domain.md §2: {@code asOf − months < date <= asOf}. Orders after {@code asOf}
 * are outside it and, for every rule, as if they did not exist.
 */
public record ReportingWindow(LocalDate asOf, int months) {

    public ReportingWindow {
        if (months <= 0) {
            throw new IllegalArgumentException("months must be positive");
        }
    }

    /** The exclusive lower bound. */
    public LocalDate start() {
        return asOf.minusMonths(months);
    }

    public boolean contains(LocalDate date) {
        return date.isAfter(start()) && !date.isAfter(asOf);
    }

    long startEpochDay() {
        return start().toEpochDay();
    }

    long endEpochDay() {
        return asOf.toEpochDay();
    }
}
