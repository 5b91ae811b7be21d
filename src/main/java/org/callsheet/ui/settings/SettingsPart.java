package org.callsheet.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** A part of the Settings screen that the screen's one Save stores and its Revert puts back. */
interface SettingsPart {
    /** Whether anything differs from what is stored. */
    ReadOnlyBooleanProperty changedProperty();

    ReadOnlyBooleanProperty savingProperty();

    /** Reads what is stored, in the background. */
    void load();

    /**
     * Checks the part and stores it in the background, then runs {@code then}; a value that is
     * wrong stops here with its message beside the field ({@code then} does not run).
     */
    void save(Runnable then);

    /** Puts the part back to what is stored. */
    void revert();
}
