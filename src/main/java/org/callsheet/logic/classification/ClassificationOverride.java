package org.callsheet.logic.classification;

import java.time.Instant;
import java.util.Objects;
import org.callsheet.model.CustomerStatus;

/** A status (or pyramid tier) a rep set by hand, with the reason; it wins over the rules until cleared. */
public record ClassificationOverride(long customerId, CustomerStatus status, String reason, Instant createdAt) {

    public ClassificationOverride {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
