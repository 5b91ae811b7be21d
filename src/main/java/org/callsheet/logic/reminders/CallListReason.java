package org.callsheet.logic.reminders;

/** Why a customer is on today's call list, in priority order (the first one wins). */
public enum CallListReason {
    OVERDUE_FOLLOW_UP,
    FOLLOW_UP_DUE_TODAY,
    REGULAR_CALLBACK,
    CHURN_WARNING,
    PROSPECT_WITH_NEEDS;

    /** Key of the text in the calls bundle. */
    public String messageKey() {
        return "calls.reason." + name();
    }
}
