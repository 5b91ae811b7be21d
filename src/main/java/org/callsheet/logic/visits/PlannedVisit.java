package org.callsheet.logic.visits;

import org.callsheet.model.Customer;
import org.callsheet.model.CustomerLocation;

/** A candidate on a day's plan with its customer and where it is. */
public record PlannedVisit(VisitCandidate candidate, Customer customer, CustomerLocation location) {
}
