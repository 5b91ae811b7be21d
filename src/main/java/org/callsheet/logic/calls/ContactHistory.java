package org.callsheet.logic.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * When a customer was last reached (a connected call) and last tried (any call). Days since the
 * last contact never count failed attempts.
 */
public record ContactHistory(long customerId, Instant lastContact, Instant lastAttempt) {

    public static ContactHistory none(long customerId) {
        return new ContactHistory(customerId, null, null);
    }

    public Optional<Instant> lastContactOpt() {
        return Optional.ofNullable(lastContact);
    }

    public Optional<Instant> lastAttemptOpt() {
        return Optional.ofNullable(lastAttempt);
    }

    /** Whole days from the day of the last contact to {@code today}; empty when never reached. */
    public OptionalLong daysSinceLastContact(LocalDate today, ZoneId zone) {
        if (lastContact == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ChronoUnit.DAYS.between(lastContact.atZone(zone).toLocalDate(), today));
    }
}
