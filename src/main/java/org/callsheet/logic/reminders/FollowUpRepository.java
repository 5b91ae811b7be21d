package org.callsheet.logic.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.callsheet.model.FollowUp;

/** Storage of follow-ups. Implemented with jOOQ in persistence. */
public interface FollowUpRepository {

    /** Stores a new follow-up; returns it with its id. */
    FollowUp insert(FollowUp followUp);

    /** Replaces the fields of a stored follow-up (matched by id). */
    void update(FollowUp followUp);

    Optional<FollowUp> findById(long id);

    /** Open follow-ups of a customer, earliest due first. */
    List<FollowUp> openOf(long customerId);

    /** Open follow-ups due before {@code dueBefore} (snoozed or not), earliest due first. */
    List<FollowUp> openDueBefore(Instant dueBefore);

    /** Every follow-up of a customer, latest due first. */
    List<FollowUp> allOf(long customerId);
}
