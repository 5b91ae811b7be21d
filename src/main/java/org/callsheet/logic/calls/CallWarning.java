package org.callsheet.logic.calls;

import java.time.Instant;
import org.callsheet.model.CallOutcome;

/** Someone already called this customer or number recently: who, when, which number, how it ended. */
public record CallWarning(long callId, long customerId, String caller, Instant startedAt, String numberDigits,
                          CallOutcome outcome, boolean today) {
}
