package org.callsheet.logic.sheets.day;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the day sheet shows above the stops: the day, the rep, where the day starts, the road km
 * ({@code kmEstimated} when a distance rests on a district or city centre) and when it ends.
 */
public record DaySheetPlan(LocalDate day, String repName, String start, double km, boolean kmEstimated,
                           LocalTime finish, List<DaySheetStop> stops) {
    public DaySheetPlan {
        repName = repName == null ? "" : repName.strip();
        start = start == null ? "" : start;
        stops = List.copyOf(stops);
    }
}
