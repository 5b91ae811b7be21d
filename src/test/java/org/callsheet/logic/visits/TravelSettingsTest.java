package org.callsheet.logic.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.testing.InMemorySettingsRepository;
import org.junit.jupiter.api.Test;

/** Travel settings as stored: the city defaults round trip, garbled or contradictory values read as defaults. */
class TravelSettingsTest {
    private final Settings settings = new Settings(new InMemorySettingsRepository());

    @Test
    void nothingStoredReadsAsTheCityDefaultsAndTheirValuesPassTheCheck() {
        TravelSettings read = TravelSettings.from(settings);

        assertThat(read).isEqualTo(TravelSettings.cityDefaults());
        Map<String, String> values = new java.util.LinkedHashMap<>(read.values());
        values.putAll(VisitRules.DEFAULTS.values());
        assertThat(VisitSettingsCheck.problems(values)).isEmpty();
    }

    @Test
    void aGarbledValueReadsAsItsDefaultAndADayThatCannotHoldAsTheDefaults() {
        settings.putAll(Map.of(TravelSettings.SPEED_KMH, "fast", TravelSettings.DAY_START, "07:45"));
        TravelSettings read = TravelSettings.from(settings);
        assertThat(read.speedKmh()).isEqualTo(25);
        assertThat(read.dayStart()).isEqualTo(LocalTime.of(7, 45));

        settings.put(TravelSettings.DAY_END, "07:00");
        assertThat(TravelSettings.from(settings)).isEqualTo(TravelSettings.cityDefaults());
    }
}
