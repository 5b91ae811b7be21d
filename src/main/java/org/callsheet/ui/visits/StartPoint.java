package org.callsheet.ui.visits;

import org.callsheet.logic.visits.PlacedCandidate;

/** Where the day starts: at its first stop, or at a customer's place (not visited). */
public sealed interface StartPoint {
    record FirstStop() implements StartPoint {
    }

    record AtCustomer(PlacedCandidate customer) implements StartPoint {
    }

    StartPoint FIRST_STOP = new FirstStop();
}
