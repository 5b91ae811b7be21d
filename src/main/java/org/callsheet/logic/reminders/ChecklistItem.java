package org.callsheet.logic.reminders;

/** One end-of-day task for one customer, ticked off or not. */
public record ChecklistItem(ChecklistKind kind, CustomerBrief customer, boolean done) {
}
