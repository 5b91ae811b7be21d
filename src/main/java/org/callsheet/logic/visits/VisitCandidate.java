package org.callsheet.logic.visits;

import java.time.LocalDate;
import java.util.Optional;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.VisitReason;

/**
 * A customer worth visiting on a day and why: the reason, the date it asked for (a follow-up's due
 * day or the visit date a call gave), its interest level (null when not judged), whether it is a
 * potential big customer, its tier, and a short detail (the follow-up's note or the needs noted).
 */
public record VisitCandidate(long customerId, String name, CustomerStatus tier, VisitReason reason,
                             Optional<LocalDate> wantedOn, Integer interestLevel, boolean potentialBig, String detail) {
}
