package org.callsheet.logic.reminders;

import java.time.LocalDate;
import java.util.List;
import org.callsheet.model.KeyDate;

/**
 * The plan of a day: follow-ups (today's list includes the overdue ones), key dates and holidays
 * coming up within the lead days, and the end-of-day checklist.
 */
public record Agenda(LocalDate date, List<DueFollowUp> followUps, List<KeyDate> keyDates,
                     List<HolidayReminder> holidays, List<ChecklistItem> checklist) {
    public Agenda {
        followUps = List.copyOf(followUps);
        keyDates = List.copyOf(keyDates);
        holidays = List.copyOf(holidays);
        checklist = List.copyOf(checklist);
    }
}
