package org.callsheet.logic.reminders;

import org.callsheet.model.FollowUp;

/**
 * A follow-up on a day's list; {@code overdue} when its time had passed on that day (for today: by
 * now; for another day: before the day began) and it rolled into the list.
 */
public record DueFollowUp(FollowUp followUp, boolean overdue) {
}
