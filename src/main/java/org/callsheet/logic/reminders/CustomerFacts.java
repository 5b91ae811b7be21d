package org.callsheet.logic.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What reminders read about customers, their contacts and orders. Implemented with jOOQ in persistence. */
public interface CustomerFacts {

    /** Every customer, by id. */
    Map<Long, CustomerBrief> customers();

    /** Birthdays of the contacts that have one. */
    List<ContactBirthday> birthdays();

    /** Founding dates of the customers that have one. */
    Map<Long, LocalDate> foundingDates();

    Optional<LocalDate> foundingDate(long customerId);

    /** Sets (or with null clears) a customer's founding date. */
    void setFoundingDate(long customerId, LocalDate foundedOn);

    /** Date of each customer's earliest order (returns not counted). */
    Map<Long, LocalDate> firstOrderDates();

    /** Customers with an order (not a return) dated {@code date}. */
    Set<Long> customersWithOrdersOn(LocalDate date);
}
