package org.callsheet.logic.reminders;

/** End-of-day tasks (每天的收尾). */
public enum ChecklistKind {
    /** Send a thank-you note to a customer who closed a deal today. */
    THANK_YOU,
    /** Book tomorrow's call or visit with a key customer. */
    BOOK_TOMORROW,
    /** Ask an interested customer whether they want product material. */
    SEND_MATERIAL;

    public String messageKey() {
        return "calls.checklist." + name();
    }
}
