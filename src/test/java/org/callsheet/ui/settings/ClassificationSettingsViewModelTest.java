package org.callsheet.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.callsheet.logic.classification.ClassificationSettingsStore;
import org.callsheet.logic.classification.ClassificationThreshold;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;

class ClassificationSettingsViewModelTest {
    private final TestBackend backend = new TestBackend();
    private final ClassificationSettingsStore store = new ClassificationSettingsStore(backend.settings);
    private final StatusModel status = new StatusModel();

    private ClassificationSettingsViewModel loaded() {
        ClassificationSettingsViewModel model = new ClassificationSettingsViewModel(store, new SameThreadTaskRunner(),
                status);
        model.load();
        return model;
    }

    @Test
    void showsTheDefaultsWithPercentagesAsPercent() {
        ClassificationSettingsViewModel model = loaded();

        assertThat(model.text(ClassificationThreshold.PYRAMID_SUPER).get()).isEqualTo("1");
        assertThat(model.text(ClassificationThreshold.PYRAMID_MEDIUM).get()).isEqualTo("15");
        assertThat(model.text(ClassificationThreshold.CHURN_GAP_FACTOR).get()).isEqualTo("2");
        assertThat(model.text(ClassificationThreshold.COST_PER_VISIT).get()).isEqualTo("100");
        assertThat(model.text(ClassificationThreshold.MODEL_DISCOUNT_RATE).get()).isEqualTo("10");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.changedBinding().get()).isFalse();
        assertThat(model.errors()).isEmpty();
    }

    @Test
    void namesWhatIsWrongBesideTheFieldAndSavesNothingThen() {
        ClassificationSettingsViewModel model = loaded();

        model.text(ClassificationThreshold.WINDOW_MONTHS).set("twelve");
        assertThat(model.errors()).containsEntry("WINDOW_MONTHS", "settings.classify.problem.NOT_A_NUMBER");
        model.text(ClassificationThreshold.WINDOW_MONTHS).set("12");
        model.text(ClassificationThreshold.PYRAMID_SUPER).set("50");
        model.text(ClassificationThreshold.PYRAMID_BIG).set("40");
        model.text(ClassificationThreshold.PYRAMID_MEDIUM).set("15");
        assertThat(model.errors()).containsOnlyKeys("PYRAMID_MEDIUM")
                .containsEntry("PYRAMID_MEDIUM", "settings.classify.problem.PYRAMID_OVER_100");

        model.save();

        assertThat(backend.settings.get("classify.pyramid.super")).isEmpty();
    }

    @Test
    void savesTypedValuesForTheNextClassificationAndRestoresTheDefaultsOnRequest() {
        ClassificationSettingsViewModel model = loaded();

        model.text(ClassificationThreshold.PYRAMID_SUPER).set("２％");
        model.text(ClassificationThreshold.COST_PER_CALL).set("¥ 7.5");
        assertThat(model.changedBinding().get()).isTrue();
        model.save();

        assertThat(status.messageProperty().get().key()).isEqualTo("settings.classify.saved");
        assertThat(model.changedBinding().get()).isFalse();
        assertThat(store.read().pyramid().superShare()).isEqualByComparingTo("0.02");
        assertThat(store.read().serviceCost().costPerCall()).isEqualByComparingTo("7.5");

        model.restoreDefaults();
        assertThat(model.text(ClassificationThreshold.PYRAMID_SUPER).get()).isEqualTo("1");
        assertThat(model.changedBinding().get()).isTrue();
        model.revert();
        assertThat(model.text(ClassificationThreshold.PYRAMID_SUPER).get()).isEqualTo("2");
        model.restoreDefaults();
        model.save();
        assertThat(store.read().pyramid().superShare()).isEqualByComparingTo("0.01");
    }

    @Test
    void theScreensSaveGoesOnOnlyAfterTheThresholdsAreStored() {
        ClassificationSettingsViewModel model = loaded();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        model.text(ClassificationThreshold.FACE_WHITE_MAX_MARGIN).set("40");
        model.save(next::incrementAndGet);
        assertThat(next).hasValue(0);
        assertThat(model.errors()).containsEntry("FACE_WHITE_MAX_MARGIN",
                "settings.classify.problem.WHITE_NOT_BELOW_RED");

        model.text(ClassificationThreshold.FACE_WHITE_MAX_MARGIN).set("12");
        model.save(next::incrementAndGet);
        assertThat(next).hasValue(1);
        assertThat(store.read().faces().whiteMaxMarginRate()).isEqualByComparingTo("0.12");
    }
}
