package org.callsheet.logic.classification;

import java.time.Instant;
import java.time.LocalDate;
import org.callsheet.model.CustomerStatus;

/** A key customer (super or big) that turned inactive: its former tier and when it was noticed. */
public record KeyCustomerLost(CustomerStatus formerStatus, Instant changedAt, LocalDate asOf) {
}
