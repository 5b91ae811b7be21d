package org.callsheet.logic.reminders;

import org.callsheet.model.CustomerStatus;

/** What the call list and the agenda show of a customer. */
public record CustomerBrief(long id, String name, CustomerStatus status, String ownerRep, boolean noNeed) {
}
