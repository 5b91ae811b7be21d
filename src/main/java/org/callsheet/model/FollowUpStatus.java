package org.callsheet.model;

/** Life of a follow-up: open until done or cancelled. */
public enum FollowUpStatus {
    OPEN, DONE, CANCELLED
}
