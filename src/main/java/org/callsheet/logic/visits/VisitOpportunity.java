package org.callsheet.logic.visits;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A call that noted a visit opportunity and has not been followed by a visit yet: when it was
 * made, the visit date it gave, the interest level (1-5, null when not judged) and the needs noted.
 */
public record VisitOpportunity(long customerId, LocalDate calledOn, Optional<LocalDate> proposedDate,
                               Integer interestLevel, String needs) {
}
