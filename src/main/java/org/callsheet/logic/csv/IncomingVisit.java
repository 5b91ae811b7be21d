package org.callsheet.logic.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.callsheet.model.VisitOutcome;

/**
 * A visit read from a file. It names its customer by external id (or uid), looked up later. A
 * null (or empty text) means the cell was blank, so that an import never erases a stored value
 * with it. {@code doneAt} and {@code outcome} are both set (a logged visit) or both null.
 */
public record IncomingVisit(long row, String uid, String customerExternalId, LocalDate date,
                            LocalTime plannedArrival, Instant doneAt, VisitOutcome outcome, String purpose,
                            String notes, String nextStep) {

    public boolean logged() {
        return doneAt != null && outcome != null;
    }
}
