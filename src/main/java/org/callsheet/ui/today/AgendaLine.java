package org.callsheet.ui.today;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.callsheet.logic.reminders.CustomerBrief;
import org.callsheet.model.FollowUp;
import org.callsheet.model.KeyDate;
import org.callsheet.logic.reminders.HolidayDate;

/** One line of the agenda, with the names it shows. */
public sealed interface AgendaLine {

    /** A follow-up due today, or overdue and rolled into today. */
    record Due(FollowUp followUp, String customerName, boolean overdue) implements AgendaLine {
        public Instant at() {
            return followUp.effectiveAt();
        }
    }

    /** A birthday or anniversary. */
    record Key(KeyDate keyDate, String customerName) implements AgendaLine {
        public LocalDate date() {
            return keyDate.date();
        }

        /**
         * Whose date it is: the customer, and the contact when it is a contact's other than the
         * customer's own name (a private customer's birthday reads "黄旭军", not "黄旭军 · 黄旭军").
         */
        public String who() {
            if (keyDate.contactId() == null || keyDate.subject().equals(customerName)) {
                return customerName;
            }
            return customerName + " · " + keyDate.subject();
        }
    }

    /** A holiday and the customers to greet. */
    record Holiday(HolidayDate holiday, List<CustomerBrief> customers) implements AgendaLine {
    }
}
