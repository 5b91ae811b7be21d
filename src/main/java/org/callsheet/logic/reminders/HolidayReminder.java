package org.callsheet.logic.reminders;

import java.util.List;

/** A coming holiday and the customers to greet on it. */
public record HolidayReminder(HolidayDate holiday, List<CustomerBrief> customers) {
    public HolidayReminder {
        customers = List.copyOf(customers);
    }
}
