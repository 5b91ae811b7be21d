package org.callsheet.logic.reminders;

import org.callsheet.model.CustomerStatus;

/** What the call list and the agenda show of a customer. */
public record CustomerBrief(long id, String name, CustomerStatus status, String ownerRep, boolean noNeed) {

    /** False for customers marked "no need" (status other): they never appear on call lists or agendas. */
    public boolean callable() {
        return !noNeed && status != CustomerStatus.OTHER;
    }
}
