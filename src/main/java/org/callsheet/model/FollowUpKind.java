package org.callsheet.model;

/** What the rep plans to do next with a customer. */
public enum FollowUpKind {
    CALL, VISIT
}
