package org.callsheet.logic.sheets.profile;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.callsheet.model.Contact;
import org.callsheet.model.KeyDate;
import org.callsheet.model.KeyDateKind;
import org.callsheet.model.Order;

/**
 * One customer's key dates in the year from {@code today}: its contacts' birthdays, the founding
 * anniversary and the anniversary of the first order (returns not counted). A 29 February date
 * falls on 28 February in other years, as on the Today screen.
 */
final class CustomerKeyDates {
    private CustomerKeyDates() {
    }

    static List<KeyDate> upcoming(long customerId, String customerName, List<Contact> contacts,
                                  Optional<LocalDate> foundedOn, List<Order> orders, LocalDate today) {
        List<KeyDate> out = new ArrayList<>();
        for (Contact contact : contacts) {
            if (contact.birthday() != null) {
                next(KeyDateKind.BIRTHDAY, contact.birthday(), customerId, contact.id(), contact.name(), today)
                        .ifPresent(out::add);
            }
        }
        foundedOn.flatMap(date -> next(KeyDateKind.FOUNDING_ANNIVERSARY, date, customerId, null, customerName, today))
                .ifPresent(out::add);
        orders.stream().filter(o -> o.amount().signum() > 0).map(Order::date).min(Comparator.naturalOrder())
                .flatMap(date -> next(KeyDateKind.FIRST_DEAL_ANNIVERSARY, date, customerId, null, customerName, today))
                .ifPresent(out::add);
        out.sort(Comparator.comparing(KeyDate::date).thenComparing(KeyDate::kind));
        return out;
    }

    private static Optional<KeyDate> next(KeyDateKind kind, LocalDate origin, long customerId, Long contactId,
                                          String subject, LocalDate today) {
        MonthDay day = MonthDay.from(origin);
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            LocalDate date = day.atYear(year);
            int years = year - origin.getYear();
            if (years > 0 && !date.isBefore(today) && date.isBefore(today.plusYears(1))) {
                return Optional.of(new KeyDate(kind, date, origin, years, customerId, contactId, subject));
            }
        }
        return Optional.empty();
    }
}
