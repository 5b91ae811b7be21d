package org.callsheet.logic.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** The ticks of the end-of-day checklists. Implemented with jOOQ in persistence. */
public interface ChecklistRepository {

    /** The items of a day that are ticked off. */
    Set<Tick> ticked(LocalDate date);

    void tick(LocalDate date, ChecklistKind kind, long customerId, Instant at);

    void untick(LocalDate date, ChecklistKind kind, long customerId);

    /** Which item of which day. */
    record Tick(ChecklistKind kind, long customerId) {
    }
}
