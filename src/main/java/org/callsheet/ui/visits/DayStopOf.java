package org.callsheet.ui.visits;

import org.callsheet.logic.visits.DayStop;
import org.callsheet.logic.visits.PlacedCandidate;

/** A located candidate as a stop to time, with its tier's minutes. */
final class DayStopOf {
    private DayStopOf() {
    }

    static DayStop of(PlacedCandidate c, PlanModel plan) {
        return DayStop.at(c.customerId(), c.latitude(), c.longitude(),
                plan.settings().visitFor(c.visit().candidate().tier()));
    }
}
