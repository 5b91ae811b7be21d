package org.callsheet.logic.classification;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.logic.settings.Settings;

/**
 * The classification thresholds the rep chose, kept in the settings store; a threshold never
 * set is the documented default. Read again for every classification, so a change applies from
 * the next one.
 */
public final class ClassificationSettingsStore {
    private final Settings settings;

    public ClassificationSettingsStore(Settings settings) {
        this.settings = settings;
    }

    /**
     * The stored thresholds over the defaults. A stored value that is unreadable or out of range
     * (written by hand, or by another version) is ignored in favour of its default; values that
     * do not fit together give the defaults.
     */
    public ClassificationSettings read() {
        Map<ClassificationThreshold, BigDecimal> stored = new EnumMap<>(ClassificationThreshold.class);
        for (ClassificationThreshold t : ClassificationThreshold.values()) {
            settings.get(t.storageKey()).flatMap(ClassificationSettingsStore::number)
                    .filter(t::accepts)
                    .ifPresent(v -> stored.put(t, v));
        }
        ThresholdValues values = ThresholdValues.of(ClassificationSettings.DEFAULTS, stored);
        return values.problems().isEmpty() ? values.toSettings() : ClassificationSettings.DEFAULTS;
    }

    /** Stores every threshold of {@code values} in one write. */
    public void write(ThresholdValues values) {
        values.toSettings();
        Map<String, String> entries = new LinkedHashMap<>();
        values.asMap().forEach((t, v) -> entries.put(t.storageKey(), v.toPlainString()));
        settings.putAll(entries);
    }

    /** Forgets every stored threshold: the defaults apply again. */
    public void reset() {
        Map<String, String> none = new LinkedHashMap<>();
        for (ClassificationThreshold t : ClassificationThreshold.values()) {
            none.put(t.storageKey(), null);
        }
        settings.putAll(none);
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
