package org.callsheet.ui.visits;

import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.model.Visit;

/** A visit stored on the day, with its customer placed. */
public record SavedVisit(Visit visit, PlacedCandidate placed) {
}
