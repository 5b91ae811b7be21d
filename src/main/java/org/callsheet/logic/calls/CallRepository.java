package org.callsheet.logic.calls;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.callsheet.model.Call;

/** Storage of logged calls. Implemented with jOOQ in persistence. */
public interface CallRepository {

    /** Stores a new call; returns it with its id. */
    Call insert(Call call);

    /** Replaces the fields of a stored call (matched by id). */
    void update(Call call);

    /** Removes a stored call; follow-ups planned from it stay, no longer linked to it. False when there was none. */
    boolean delete(long id);

    Optional<Call> findById(long id);

    Optional<Call> findByUid(String uid);

    boolean customerExists(long customerId);

    /** Calls passing the filter, newest first. */
    List<Call> search(CallFilter filter);

    /** Calls to any of the customers or any of the numbers (dial digits) started at or after {@code since}. */
    List<Call> callsToCustomersOrNumbers(Collection<Long> customerIds, Collection<String> numberDigits,
                                         Instant since);

    /** Ids of the customers one of whose contacts has this number (dial digits). */
    Set<Long> customersWithNumber(String numberDigits);

    /** Dial digits of every number of the customer's contacts. */
    Set<String> numbersOf(long customerId);

    /** Last contact and last attempt of one customer. */
    ContactHistory historyOf(long customerId);

    /** Last contact and last attempt of every customer that has a call. */
    Map<Long, ContactHistory> histories();

    /** Per customer, its newest call that recorded needs. */
    Map<Long, Call> latestCallsWithNeeds();
}
