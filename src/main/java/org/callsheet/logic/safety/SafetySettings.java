package org.callsheet.logic.safety;

import org.callsheet.logic.settings.Settings;

/** How many rolling backups to keep, from the settings (defaults: 7 days, 4 weeks). */
public final class SafetySettings {
    public static final String KEEP_DAYS = "backup.keepDays";
    public static final String KEEP_WEEKS = "backup.keepWeeks";

    private final Settings settings;

    public SafetySettings(Settings settings) {
        this.settings = settings;
    }

    public BackupRetention retention() {
        return new BackupRetention(number(KEEP_DAYS, BackupRetention.DEFAULT.days(), 1),
                number(KEEP_WEEKS, BackupRetention.DEFAULT.weeks(), 0));
    }

    public void setRetention(BackupRetention retention) {
        settings.put(KEEP_DAYS, Integer.toString(retention.days()));
        settings.put(KEEP_WEEKS, Integer.toString(retention.weeks()));
    }

    private int number(String key, int fallback, int least) {
        try {
            int value = Integer.parseInt(settings.get(key, Integer.toString(fallback)).strip());
            return value >= least ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
