package org.callsheet.logic.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.callsheet.model.Visit;

/** Storage of visits. Implemented with jOOQ in persistence. */
public interface VisitRepository {

    /** Stores a new visit; returns it with its id. */
    Visit insert(Visit visit);

    /** Replaces the fields of a stored visit (matched by id). */
    void update(Visit visit);

    boolean delete(long id);

    Optional<Visit> findById(long id);

    Optional<Visit> findByUid(String uid);

    /** A day's visits in route order (unrouted ones last, by id). */
    List<Visit> onDay(LocalDate day);

    /** The visits of the days from {@code from} to {@code to} (both included), by day and route order. */
    List<Visit> between(LocalDate from, LocalDate to);

    /** A customer's visits, newest day first. */
    List<Visit> ofCustomer(long customerId);

    /** Visits planned before {@code day} and never logged: the ones to roll over. */
    List<Visit> notDoneBefore(LocalDate day);
}
