package org.callsheet.logic.reminders;

import java.time.LocalDate;

/** A contact's birthday, with the customer the contact belongs to. */
public record ContactBirthday(long contactId, long customerId, String contactName, LocalDate birthday) {
}
