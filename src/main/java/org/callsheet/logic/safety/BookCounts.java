package org.callsheet.logic.safety;

/** How much a customer book holds: what a backup, a check and a restore show side by side. */
public record BookCounts(long customers, long calls, long orders, long followUps) {
    public static final BookCounts NONE = new BookCounts(0, 0, 0, 0);
}
