package org.callsheet.ui.calls;

import java.util.List;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.settings.Settings;

/** The outcomes the call dialog offers, in order, as Settings → Calls configures them. */
public final class OutcomeChoices {
    public static final String KEY = OutcomeSettings.ORDER;

    private OutcomeChoices() {
    }

    public static List<OutcomeChoice> from(Settings settings) {
        return OutcomeSettings.from(settings).visible();
    }
}
