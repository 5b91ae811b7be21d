package org.callsheet.ui.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.CallOutcome;

/**
 * The outcomes the call dialog offers, in order: the setting {@value #KEY} lists them (comma
 * separated names such as {@code NO_ANSWER,CONNECTED}); every outcome when it is missing or unreadable.
 */
public final class OutcomeChoices {
    public static final String KEY = "calls.outcomes";

    private OutcomeChoices() {
    }

    public static List<CallOutcome> from(Settings settings) {
        List<CallOutcome> out = new ArrayList<>();
        for (String part : settings.get(KEY, "").split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            for (CallOutcome o : CallOutcome.values()) {
                if (o.name().equals(name) && !out.contains(o)) {
                    out.add(o);
                }
            }
        }
        return out.isEmpty() ? List.of(CallOutcome.values()) : List.copyOf(out);
    }
}
