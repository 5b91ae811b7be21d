package org.callsheet.logic.reminders;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import org.callsheet.logic.calls.ContactHistory;

/**
 * Regular callbacks (定期回访): a customer whose status has an interval is due that many days after
 * the day it was last reached; failed attempts do not count. Never reached means due now.
 */
final class CallbackSchedule {
    private final ReminderRules rules;
    private final ZoneId zone;

    CallbackSchedule(ReminderRules rules, ZoneId zone) {
        this.rules = rules;
        this.zone = zone;
    }

    /** The day the next regular callback is due, or empty when the customer gets none. */
    Optional<LocalDate> nextDue(CustomerBrief customer, ContactHistory history, LocalDate today) {
        if (!customer.callable()) {
            return Optional.empty();
        }
        OptionalInt interval = rules.callbackInterval(customer.status());
        if (interval.isEmpty()) {
            return Optional.empty();
        }
        if (history == null || history.lastContact() == null) {
            return Optional.of(today);
        }
        return Optional.of(history.lastContact().atZone(zone).toLocalDate().plusDays(interval.getAsInt()));
    }
}
