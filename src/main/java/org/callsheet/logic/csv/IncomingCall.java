package org.callsheet.logic.csv;

import java.time.Instant;
import java.time.LocalDate;
import org.callsheet.model.Attitude;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Phone;

/**
 * A call read from a file. It names its customer by external id (or uid) and its contact by name;
 * both are looked up later. A null (or empty text) means the cell was blank, so that an import
 * never erases a stored value with it. {@code followUpAt} plans an open follow-up. {@code outcomeLabel}
 * names the rep's own outcome (null when none) when {@code outcome} is one of the "other" values.
 */
public record IncomingCall(long row, String uid, String externalId, String customerExternalId, String contactName,
                           Phone phone, Instant startedAt, Integer durationSeconds, CallDirection direction,
                           CallOutcome outcome, String outcomeLabel, String needs, Attitude attitude, Boolean visitOpportunity,
                           LocalDate visitDate, String notes, String nextStep, Instant followUpAt,
                           Integer interestLevel, String caller) {
}
