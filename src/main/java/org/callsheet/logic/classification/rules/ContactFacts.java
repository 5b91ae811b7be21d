package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rep knows about a customer besides orders: dates of logged calls and visits, other
 * service costs of the 12-month window, the "no need" mark, the "black face" flag and whether a
 * strong need was stated in calls.
 */
public record ContactFacts(
        List<LocalDate> callDates,
        List<LocalDate> visitDates,
        BigDecimal otherServiceCost,
        boolean noNeed,
        boolean blackFace,
        boolean strongNeed) {

    public static final ContactFacts NONE = new ContactFacts(List.of(), List.of(), BigDecimal.ZERO, false, false, false);

    public ContactFacts {
        callDates = callDates == null ? List.of() : List.copyOf(callDates);
        visitDates = visitDates == null ? List.of() : List.copyOf(visitDates);
        otherServiceCost = otherServiceCost == null ? BigDecimal.ZERO : otherServiceCost;
    }

    /** True when a call or visit is logged on or before {@code day}. */
    public boolean contactedBy(LocalDate day) {
        return anyOnOrBefore(callDates, day) || anyOnOrBefore(visitDates, day);
    }

    /** Last logged call or visit on or before {@code day}, or null. */
    public LocalDate lastContactBy(LocalDate day) {
        LocalDate last = null;
        for (List<LocalDate> dates : List.of(callDates, visitDates)) {
            for (LocalDate d : dates) {
                if (!d.isAfter(day) && (last == null || d.isAfter(last))) {
                    last = d;
                }
            }
        }
        return last;
    }

    static int countInWindow(List<LocalDate> dates, ReportingWindow window) {
        int n = 0;
        for (LocalDate d : dates) {
            if (window.contains(d)) {
                n++;
            }
        }
        return n;
    }

    private static boolean anyOnOrBefore(List<LocalDate> dates, LocalDate day) {
        for (LocalDate d : dates) {
            if (!d.isAfter(day)) {
                return true;
            }
        }
        return false;
    }
}
