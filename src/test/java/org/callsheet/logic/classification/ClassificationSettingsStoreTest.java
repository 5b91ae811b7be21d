package org.callsheet.logic.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqSettingsRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassificationSettingsStoreTest {
    private final Database database = Database.inMemory("thresholds-" + UUID.randomUUID());
    private final Settings settings = new Settings(new JooqSettingsRepository(database.dsl()));
    private final ClassificationSettingsStore store = new ClassificationSettingsStore(settings);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void nothingStoredMeansTheDefaults() {
        assertThat(store.read()).isEqualTo(ClassificationSettings.DEFAULTS);
    }

    @Test
    void writtenThresholdsAreReadBackAndResetForgetsThem() {
        store.write(ThresholdValues.of(ClassificationSettings.DEFAULTS, Map.of(
                ClassificationThreshold.PYRAMID_SUPER, new BigDecimal("0.02"),
                ClassificationThreshold.CHURN_GAP_FACTOR, new BigDecimal("1.5"))));

        assertThat(settings.get("classify.pyramid.super")).contains("0.02");
        ClassificationSettings read = store.read();
        assertThat(read.pyramid().superShare()).isEqualByComparingTo("0.02");
        assertThat(read.churn().gapFactor()).isEqualByComparingTo("1.5");
        assertThat(read.faces()).isEqualTo(ClassificationSettings.DEFAULTS.faces());

        store.reset();
        assertThat(settings.get("classify.pyramid.super")).isEmpty();
        assertThat(store.read()).isEqualTo(ClassificationSettings.DEFAULTS);
    }

    @Test
    void anUnreadableOrOutOfRangeStoredValueFallsBackToItsDefault() {
        settings.put("classify.window.months", "twelve");
        settings.put("classify.churn.min.order.dates", "1");
        settings.put("classify.cost.per.call", "7");

        ClassificationSettings read = store.read();

        assertThat(read.windowMonths()).isEqualTo(12);
        assertThat(read.churn().minOrderDates()).isEqualTo(3);
        assertThat(read.serviceCost().costPerCall()).isEqualByComparingTo("7");
    }

    @Test
    void storedValuesThatDoNotFitTogetherGiveTheDefaults() {
        settings.put("classify.face.white.max.margin", "0.5");

        assertThat(store.read()).isEqualTo(ClassificationSettings.DEFAULTS);
    }
}
