package org.callsheet.logic.visits;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.callsheet.logic.calls.SettingValues;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.CustomerStatus;

/**
 * Regular visits of key customers: days between two visits per tier (0: none), from settings
 * {@code visits.intervalDays.<TIER>}; by default 30 days for super customers, 60 for big ones.
 */
public record VisitRules(Map<CustomerStatus, Integer> intervalDays) {
    public static final String INTERVAL_DAYS_PREFIX = "visits.intervalDays.";
    public static final VisitRules DEFAULTS = new VisitRules(Map.of(CustomerStatus.SUPER, 30, CustomerStatus.BIG, 60));

    public VisitRules {
        intervalDays = Map.copyOf(intervalDays);
    }

    /** The tiers the Settings screen offers a regular visit interval for. */
    public static final List<CustomerStatus> TIERS = List.of(CustomerStatus.SUPER, CustomerStatus.BIG,
            CustomerStatus.MEDIUM, CustomerStatus.SMALL);

    /** The intervals of {@link #TIERS} as stored, 0 for none. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (CustomerStatus tier : TIERS) {
            values.put(INTERVAL_DAYS_PREFIX + tier.name(), Integer.toString(interval(tier).orElse(0)));
        }
        return values;
    }

    public OptionalInt interval(CustomerStatus tier) {
        Integer days = intervalDays.get(tier);
        return days == null || days <= 0 ? OptionalInt.empty() : OptionalInt.of(days);
    }

    public static VisitRules from(Settings settings) {
        Map<CustomerStatus, Integer> days = new EnumMap<>(CustomerStatus.class);
        for (CustomerStatus tier : CustomerStatus.values()) {
            int value = SettingValues.intValue(settings, INTERVAL_DAYS_PREFIX + tier.name(),
                    DEFAULTS.intervalDays().getOrDefault(tier, 0));
            if (value > 0) {
                days.put(tier, value);
            }
        }
        return new VisitRules(days);
    }
}
