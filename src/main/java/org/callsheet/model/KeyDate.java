package org.callsheet.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a customer's key date: on {@code date}, the {@code years}th anniversary of
 * {@code origin} (a birthday, founding date or first order). {@code contactId} is set for birthdays.
 */
public record KeyDate(KeyDateKind kind, LocalDate date, LocalDate origin, int years, long customerId,
                      Long contactId, String subject) {

    public KeyDate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        subject = subject == null ? "" : subject;
    }
}
