package org.callsheet.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.callsheet.logic.safety.BookCounts;

/** Figures of the safety commands: sizes in MB, counts as key=value. */
final class SafetyFormat {
    private SafetyFormat() {
    }

    static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP);
    }

    static String counts(BookCounts counts) {
        return "customers=" + counts.customers() + " calls=" + counts.calls() + " orders=" + counts.orders()
                + " followUps=" + counts.followUps();
    }
}
