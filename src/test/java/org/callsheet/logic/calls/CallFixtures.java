package org.callsheet.logic.calls;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;

/** The fixed time of the call tests and a quick way to write a call. */
public final class CallFixtures {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 23 November 2026, 10:00 in Shanghai. */
    public static final Instant NOW = OffsetDateTime.parse("2026-11-23T10:00:00+08:00").toInstant();
    public static final Clock CLOCK = Clock.fixed(NOW, SHANGHAI);

    private CallFixtures() {
    }

    public static Instant at(String shanghaiLocalDateTime) {
        return LocalDateTime.parse(shanghaiLocalDateTime).atZone(SHANGHAI).toInstant();
    }

    public static Call call(long customerId, String number, Instant start, CallOutcome outcome, String caller) {
        return new Call(null, UUID.randomUUID().toString(), null, customerId, null, number, null, null, start,
                outcome.connected() ? 120 : 0, outcome, null, null, false, null, null, null, null, caller,
                null, null);
    }

    public static Call withDetails(Call c, int seconds, String needs, Attitude attitude, Integer interest) {
        return new Call(c.id(), c.uid(), c.externalId(), c.customerId(), c.contactId(), c.numberInput(),
                c.numberDigits(), c.direction(), c.startedAt(), seconds, c.outcome(), needs, attitude,
                c.visitOpportunity(), c.proposedVisitDate(), interest, c.notes(), c.nextStep(), c.caller(),
                c.createdAt(), c.updatedAt());
    }
}
