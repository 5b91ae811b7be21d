package org.callsheet.logic.reminders;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.callsheet.model.KeyDate;
import org.callsheet.model.KeyDateKind;

/**
 * Birthdays, founding anniversaries and first-deal anniversaries (合作纪念日) falling in a range of
 * days. A 29 February date is remembered on 28 February in other years. Customers marked "no need"
 * are left out.
 */
public final class KeyDates {
    private final CustomerFacts facts;

    public KeyDates(CustomerFacts facts) {
        this.facts = facts;
    }

    /** Key dates from {@code first} to {@code last}, both included, in date order. */
    public List<KeyDate> between(LocalDate first, LocalDate last) {
        Map<Long, CustomerBrief> customers = facts.customers();
        List<KeyDate> out = new ArrayList<>();
        for (ContactBirthday b : facts.birthdays()) {
            if (callable(customers, b.customerId())) {
                addOccurrences(out, KeyDateKind.BIRTHDAY, b.birthday(), b.customerId(), b.contactId(),
                        b.contactName(), first, last);
            }
        }
        facts.foundingDates().forEach((id, date) -> {
            if (callable(customers, id)) {
                addOccurrences(out, KeyDateKind.FOUNDING_ANNIVERSARY, date, id, null, customers.get(id).name(),
                        first, last);
            }
        });
        facts.firstOrderDates().forEach((id, date) -> {
            if (callable(customers, id)) {
                addOccurrences(out, KeyDateKind.FIRST_DEAL_ANNIVERSARY, date, id, null, customers.get(id).name(),
                        first, last);
            }
        });
        out.sort(Comparator.comparing(KeyDate::date).thenComparing(KeyDate::kind)
                .thenComparingLong(KeyDate::customerId));
        return out;
    }

    private static boolean callable(Map<Long, CustomerBrief> customers, long id) {
        CustomerBrief c = customers.get(id);
        return c != null && c.callable();
    }

    private static void addOccurrences(List<KeyDate> out, KeyDateKind kind, LocalDate origin, long customerId,
                                       Long contactId, String subject, LocalDate first, LocalDate last) {
        MonthDay day = MonthDay.from(origin);
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            LocalDate date = day.atYear(year);
            int years = year - origin.getYear();
            if (years > 0 && !date.isBefore(first) && !date.isAfter(last)) {
                out.add(new KeyDate(kind, date, origin, years, customerId, contactId, subject));
            }
        }
    }
}
