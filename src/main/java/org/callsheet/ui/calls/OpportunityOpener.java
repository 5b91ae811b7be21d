package org.callsheet.ui.calls;

import javafx.stage.Window;

/**
 * Opens a new opportunity for the customer of a call where the rep noted interest, starting from
 * what was noted (the needs as its title, the call's next step).
 */
@FunctionalInterface
public interface OpportunityOpener {
    void open(long customerId, String title, String nextStep, Window owner);
}
