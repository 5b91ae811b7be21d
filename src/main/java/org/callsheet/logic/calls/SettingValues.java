package org.callsheet.logic.calls;

import org.callsheet.logic.settings.Settings;

/** Reads numeric settings; a missing or garbled value falls back to the default. */
public final class SettingValues {
    private SettingValues() {
    }

    public static int intValue(Settings settings, String key, int fallback) {
        return settings.get(key).map(String::strip).map(v -> {
            try {
                int parsed = Integer.parseInt(v);
                return parsed < 0 ? fallback : parsed;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }
}
