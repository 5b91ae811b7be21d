package org.callsheet.logic.funnel;

import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.settings.Settings;

/**
 * The editable list of lost reasons ({@value FunnelSettings#LOST_REASONS}): a reason the rep writes
 * that is not on it yet is added at its end, so it is offered next time.
 */
public final class LostReasonList {
    private final Settings settings;

    public LostReasonList(Settings settings) {
        this.settings = settings;
    }

    public List<String> reasons() {
        return FunnelSettings.from(settings).lostReasons();
    }

    /** Adds {@code reason} (a built-in reason's code or the rep's own words) unless it is listed already. */
    public void remember(String reason) {
        String text = reason == null ? "" : reason.strip().replace('\n', ' ');
        List<String> reasons = new ArrayList<>(reasons());
        if (text.isEmpty() || reasons.contains(text)) {
            return;
        }
        reasons.add(text);
        settings.put(FunnelSettings.LOST_REASONS, String.join("\n", reasons));
    }
}
