package org.callsheet.ui.visits;

import java.util.List;
import org.callsheet.logic.visits.PlacedCandidate;

/**
 * What the Visits screen reads for a day: the candidates in their order (those already on the
 * day's plan left out), the visits stored on the day in route order, and how many visits of
 * earlier days were never logged (the ones to roll over).
 */
public record VisitDay(List<PlacedCandidate> candidates, List<SavedVisit> planned, int earlierNotDone) {
    public VisitDay {
        candidates = List.copyOf(candidates);
        planned = List.copyOf(planned);
    }
}
