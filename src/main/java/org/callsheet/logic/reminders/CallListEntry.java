package org.callsheet.logic.reminders;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * One customer on today's call list and why. {@code followUpId}/{@code dueAt} are set for
 * follow-ups; {@code daysSinceContact} is empty when the customer was never reached; {@code needs}
 * are the latest needs recorded in a call; {@code alsoBecause} lists further reasons that apply.
 */
public record CallListEntry(CustomerBrief customer, CallListReason reason, Long followUpId, Instant dueAt,
                            OptionalLong daysSinceContact, String needs, List<CallListReason> alsoBecause) {

    public CallListEntry {
        needs = needs == null ? "" : needs;
        alsoBecause = List.copyOf(alsoBecause);
    }
}
