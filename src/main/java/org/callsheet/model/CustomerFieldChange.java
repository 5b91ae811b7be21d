package org.callsheet.model;

import java.time.Instant;

/** An entry of a customer's field history: when, who, and the field with its old and new text. */
public record CustomerFieldChange(long id, long customerId, Instant changedAt, ChangeSource source,
                                  FieldChange change) {
}
