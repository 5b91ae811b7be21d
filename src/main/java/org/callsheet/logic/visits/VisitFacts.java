package org.callsheet.logic.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What visit candidates read from calls and visits. Implemented with jOOQ in persistence. */
public interface VisitFacts {

    /**
     * Per customer its newest call that noted a visit opportunity, unless a visit was logged on or
     * after that call's day.
     */
    List<VisitOpportunity> openOpportunities();

    /** Per customer the day of its last visit at which it was met. */
    Map<Long, LocalDate> lastMetVisits();

    /** Per customer the highest interest level of its calls (only customers with one). */
    Map<Long, Integer> interestLevels();
}
