package org.callsheet.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.testing.InMemorySettingsRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Funnel part of Settings: probabilities and stale days per stage, the lost reasons, checks, saving. */
class FunnelSettingsViewModelTest {
    private final Settings settings = new Settings(new InMemorySettingsRepository());
    private final StatusModel status = new StatusModel();
    private FunnelSettingsViewModel model;

    @BeforeEach
    void setUp() {
        settings.put(FunnelSettings.probabilityKey(Stage.QUOTE), "35");
        model = new FunnelSettingsViewModel(settings, new SameThreadTaskRunner(), status);
        model.load();
    }

    /** Built-in reasons as their English names, own ones as written. */
    private static String shown(String reason) {
        return reason.equals("price") ? "Price" : reason;
    }

    @Test
    void showsTheSavedValuesAndTheDefaults() {
        assertThat(model.probabilityProperty(Stage.LEAD).get()).isEqualTo("10");
        assertThat(model.probabilityProperty(Stage.QUOTE).get()).isEqualTo("35");
        assertThat(model.probabilityProperty(Stage.INVOICE).get()).isEqualTo("100");
        assertThat(model.staleDaysProperty(Stage.LEAD).get()).isEqualTo("14");
        assertThat(model.staleDaysProperty(Stage.NEGOTIATION).get()).isEqualTo("30");
        assertThat(model.lostReasons()).containsExactlyElementsOf(FunnelSettings.BUILT_IN_REASONS);
        assertThat(model.changedProperty().get()).isFalse();
    }

    @Test
    void badNumbersGetAMessageBesideTheirFieldAndNothingIsSaved() {
        model.probabilityProperty(Stage.CONTRACT).set("101");
        model.probabilityProperty(Stage.LEAD).set("ten");
        model.staleDaysProperty(Stage.PAYMENT).set("-3");
        model.staleDaysProperty(Stage.QUOTE).set("1000");

        model.save(() -> { });

        assertThat(model.errors()).containsEntry("probability.contract", "settings.funnel.error.probability")
                .containsEntry("probability.lead", "settings.funnel.error.probability")
                .containsEntry("staleDays.payment", "settings.funnel.error.staleDays")
                .containsEntry("staleDays.quote", "settings.funnel.error.staleDays");
        assertThat(settings.get(FunnelSettings.probabilityKey(Stage.CONTRACT))).isEmpty();
        assertThat(model.savingProperty().get()).isFalse();

        model.probabilityProperty(Stage.CONTRACT).set("75");
        assertThat(model.errors()).doesNotContainKey("probability.contract");
    }

    @Test
    void reasonsAreAddedOnceRemovedAndMovedAndTheListNeverGoesEmpty() {
        model.newReasonProperty().set("  ");
        assertThat(model.addReason(FunnelSettingsViewModelTest::shown)).isFalse();
        assertThat(model.errors()).containsEntry("newReason", "settings.funnel.error.reasonEmpty");

        model.newReasonProperty().set("price");
        assertThat(model.addReason(FunnelSettingsViewModelTest::shown)).isFalse();
        model.newReasonProperty().set("PRICE");
        assertThat(model.addReason(FunnelSettingsViewModelTest::shown)).isFalse();
        assertThat(model.errors()).containsEntry("newReason", "settings.funnel.error.reasonTaken");

        model.newReasonProperty().set("x".repeat(61));
        assertThat(model.addReason(FunnelSettingsViewModelTest::shown)).isFalse();
        assertThat(model.errors()).containsEntry("newReason", "settings.funnel.error.reasonTooLong");

        model.newReasonProperty().set("项目取消");
        assertThat(model.addReason(FunnelSettingsViewModelTest::shown)).isTrue();
        assertThat(model.newReasonProperty().get()).isEmpty();
        assertThat(model.lostReasons()).endsWith("项目取消");
        assertThat(model.changedProperty().get()).isTrue();

        assertThat(model.moveReason(model.lostReasons().size() - 1, -1)).isEqualTo(model.lostReasons().size() - 2);
        assertThat(model.moveReason(0, -1)).isZero();

        while (!model.lostReasons().isEmpty()) {
            model.removeReason(0);
        }
        assertThat(model.validate()).isFalse();
        assertThat(model.errors()).containsEntry("lostReasons", "settings.funnel.error.noReason");
    }

    @Test
    void saveWritesEverySettingTheFunnelReadsAndRevertPutsTheSavedValuesBack() {
        model.probabilityProperty(Stage.NEGOTIATION).set("55");
        model.staleDaysProperty(Stage.LEAD).set("0");
        model.removeReason(model.lostReasons().indexOf("no_contact"));
        model.newReasonProperty().set("项目取消");
        model.addReason(FunnelSettingsViewModelTest::shown);
        boolean[] done = {false};

        model.save(() -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(model.changedProperty().get()).isFalse();
        FunnelSettings stored = FunnelSettings.from(settings);
        assertThat(stored.probability(Stage.NEGOTIATION)).isEqualTo(55);
        assertThat(stored.probability(Stage.QUOTE)).isEqualTo(35);
        assertThat(stored.stale(Stage.LEAD, 10_000)).isFalse();
        assertThat(stored.lostReasons()).containsExactly("price", "competitor", "budget", "timing", "no_decision",
                "项目取消");

        model.probabilityProperty(Stage.LEAD).set("15");
        assertThat(model.changedProperty().get()).isTrue();
        model.revert();
        assertThat(model.probabilityProperty(Stage.LEAD).get()).isEqualTo("10");
        assertThat(model.lostReasons()).hasSize(6);
        assertThat(model.changedProperty().get()).isFalse();
        assertThat(List.copyOf(model.errors().keySet())).isEmpty();
    }
}
