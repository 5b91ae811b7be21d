package org.callsheet.logic.calls;

import java.time.Duration;
import org.callsheet.logic.settings.Settings;

/**
 * Thresholds of call logging, read from settings.
 *
 * @param warnDays          the duplicate guard lists calls of today and of this many days before
 * @param doubleSubmit      a call to the same number of the same customer started within this
 *                          time of a stored one is the same call submitted twice
 * @param futureTolerance   how far in the future a call may start (clocks of phone and PC differ)
 */
public record CallRules(int warnDays, Duration doubleSubmit, Duration futureTolerance) {
    public static final String WARN_DAYS = "calls.duplicateWarningDays";
    public static final String DOUBLE_SUBMIT_SECONDS = "calls.doubleSubmitSeconds";
    public static final String FUTURE_TOLERANCE_SECONDS = "calls.futureToleranceSeconds";

    public static final CallRules DEFAULTS = new CallRules(3, Duration.ofSeconds(10), Duration.ofMinutes(1));

    public CallRules {
        if (warnDays < 0 || doubleSubmit.isNegative() || futureTolerance.isNegative()) {
            throw new IllegalArgumentException("negative threshold");
        }
    }

    public static CallRules from(Settings settings) {
        return new CallRules(
                SettingValues.intValue(settings, WARN_DAYS, DEFAULTS.warnDays()),
                Duration.ofSeconds(SettingValues.intValue(settings, DOUBLE_SUBMIT_SECONDS,
                        (int) DEFAULTS.doubleSubmit().toSeconds())),
                Duration.ofSeconds(SettingValues.intValue(settings, FUTURE_TOLERANCE_SECONDS,
                        (int) DEFAULTS.futureTolerance().toSeconds())));
    }
}
