package org.callsheet.logic.reminders;

import org.callsheet.model.FollowUp;

/** A follow-up on a day's list; {@code overdue} when it was due before that day and rolled into it. */
public record DueFollowUp(FollowUp followUp, boolean overdue) {
}
