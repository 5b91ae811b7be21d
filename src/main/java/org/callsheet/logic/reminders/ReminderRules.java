package org.callsheet.logic.reminders;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.callsheet.logic.calls.SettingValues;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.CustomerStatus;

/**
 * Thresholds of reminders and the call list, read from settings.
 *
 * @param retryAfterNoAnswer  a call not answered (or busy) is tried again this much later
 * @param callBackLater       "call back later" is tried again this much later (same time next day)
 * @param keyDateLeadDays     key dates and holidays show up this many days ahead
 * @param callbackDays        regular callback interval (定期回访) per customer status, in days
 * @param greetOnHolidays     customers of these statuses are listed beside a holiday
 * @param materialInterest    interest level from which a customer called today is asked about material
 * @param visitTime           time of day of a visit follow-up planned from a call's proposed visit date
 */
public record ReminderRules(Duration retryAfterNoAnswer, Duration callBackLater, int keyDateLeadDays,
                            Map<CustomerStatus, Integer> callbackDays, Set<CustomerStatus> greetOnHolidays,
                            int materialInterest, LocalTime visitTime) {
    public static final String RETRY_MINUTES = "reminders.retryAfterNoAnswerMinutes";
    public static final String CALL_BACK_LATER_HOURS = "reminders.callBackLaterHours";
    public static final String KEY_DATE_LEAD_DAYS = "reminders.keyDateLeadDays";
    public static final String CALLBACK_DAYS_PREFIX = "reminders.callbackDays.";
    public static final String MATERIAL_INTEREST = "reminders.materialInterest";

    public static final ReminderRules DEFAULTS = new ReminderRules(Duration.ofHours(2), Duration.ofDays(1), 3,
            Map.of(CustomerStatus.SUPER, 7, CustomerStatus.BIG, 14, CustomerStatus.MEDIUM, 30,
                    CustomerStatus.SMALL, 60),
            EnumSet.of(CustomerStatus.SUPER, CustomerStatus.BIG), 4, LocalTime.of(9, 0));

    public ReminderRules {
        callbackDays = Map.copyOf(callbackDays);
        greetOnHolidays = Set.copyOf(greetOnHolidays);
    }

    /** Days between regular callbacks of a customer of this status; empty when it gets none. */
    public OptionalInt callbackInterval(CustomerStatus status) {
        Integer days = callbackDays.get(status);
        return days == null || days <= 0 ? OptionalInt.empty() : OptionalInt.of(days);
    }

    public static ReminderRules from(Settings settings) {
        Map<CustomerStatus, Integer> callbacks = new EnumMap<>(CustomerStatus.class);
        for (CustomerStatus s : CustomerStatus.values()) {
            int days = SettingValues.intValue(settings, CALLBACK_DAYS_PREFIX + s.name(),
                    DEFAULTS.callbackDays().getOrDefault(s, 0));
            if (days > 0) {
                callbacks.put(s, days);
            }
        }
        return new ReminderRules(
                Duration.ofMinutes(SettingValues.intValue(settings, RETRY_MINUTES,
                        (int) DEFAULTS.retryAfterNoAnswer().toMinutes())),
                Duration.ofHours(SettingValues.intValue(settings, CALL_BACK_LATER_HOURS,
                        (int) DEFAULTS.callBackLater().toHours())),
                SettingValues.intValue(settings, KEY_DATE_LEAD_DAYS, DEFAULTS.keyDateLeadDays()),
                callbacks, DEFAULTS.greetOnHolidays(),
                SettingValues.intValue(settings, MATERIAL_INTEREST, DEFAULTS.materialInterest()),
                DEFAULTS.visitTime());
    }
}
