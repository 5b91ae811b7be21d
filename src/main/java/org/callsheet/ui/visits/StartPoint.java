package org.callsheet.ui.visits;

import org.callsheet.logic.visits.PlacedCandidate;

/** Where the day starts: at its first stop, at a customer's place (not visited), or at the office or home. */
public sealed interface StartPoint {
    record FirstStop() implements StartPoint {
    }

    record AtCustomer(PlacedCandidate customer) implements StartPoint {
    }

    /**
     * The office or home as kept in Settings ({@code which} is the setting's key).
     *
     * @param place where it is, and how precisely (a district or city centre is an estimate)
     */
    record Kept(String which, org.callsheet.logic.visits.StartPoint place) implements StartPoint {
    }

    StartPoint FIRST_STOP = new FirstStop();
}
