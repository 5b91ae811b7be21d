package org.callsheet.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.callsheet.logic.calls.CallRules;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.reminders.ReminderRules;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.testing.InMemorySettingsRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Calls part of Settings: thresholds with messages per field, the outcome list, saving. */
class CallSettingsViewModelTest {
    private final Settings settings = new Settings(new InMemorySettingsRepository());
    private final StatusModel status = new StatusModel();
    private CallSettingsViewModel model;

    @BeforeEach
    void setUp() {
        settings.put(ReminderRules.CALLBACK_DAYS_PREFIX + "BIG", "10");
        model = new CallSettingsViewModel(settings, new SameThreadTaskRunner(), status);
        model.load();
    }

    private static String label(OutcomeChoice c) {
        return c.custom() != null ? c.custom().label() : c.outcome().name();
    }

    @Test
    void showsTheSavedValuesAndDefaults() {
        assertThat(model.warnDaysProperty().get()).isEqualTo("3");
        assertThat(model.leadDaysProperty().get()).isEqualTo("3");
        assertThat(model.callbackDaysProperty(CustomerStatus.SUPER).get()).isEqualTo("7");
        assertThat(model.callbackDaysProperty(CustomerStatus.BIG).get()).isEqualTo("10");
        assertThat(model.outcomes()).hasSize(7).allMatch(OutcomeSettings.Entry::visible);
        assertThat(model.changedProperty().get()).isFalse();
    }

    @Test
    void badNumbersGetAMessageBesideTheirFieldAndNothingIsSaved() {
        model.warnDaysProperty().set("abc");
        model.leadDaysProperty().set("61");
        model.callbackDaysProperty(CustomerStatus.SMALL).set("-1");

        model.save(() -> { });

        assertThat(model.errors()).containsEntry("warnDays", "settings.calls.error.warnDays")
                .containsEntry("leadDays", "settings.calls.error.leadDays")
                .containsEntry("callback.SMALL", "settings.calls.error.callbackDays");
        assertThat(settings.get(CallRules.WARN_DAYS)).isEmpty();

        model.warnDaysProperty().set("5");
        assertThat(model.errors()).doesNotContainKey("warnDays");
    }

    @Test
    void atLeastOneOutcomeStaysOffered() {
        for (int i = 0; i < model.outcomes().size(); i++) {
            model.toggle(i);
        }
        assertThat(model.validate()).isFalse();
        assertThat(model.errors()).containsEntry("outcomes", "settings.calls.error.noOutcome");
    }

    @Test
    void ownOutcomesNeedAFreshLabel() {
        model.newLabelProperty().set(" connected ");
        assertThat(model.addOutcome(CallSettingsViewModelTest::label)).isFalse();
        assertThat(model.errors()).containsEntry("newOutcome", "calls.validation.outcome.labelTaken");

        model.newLabelProperty().set("已寄资料");
        assertThat(model.errors()).doesNotContainKey("newOutcome");
        model.newConnectedProperty().set(false);
        assertThat(model.addOutcome(CallSettingsViewModelTest::label)).isTrue();

        assertThat(model.outcomes().get(7).choice().custom().label()).isEqualTo("已寄资料");
        assertThat(model.outcomes().get(7).choice().outcome()).isEqualTo(CallOutcome.OTHER_NOT_CONNECTED);
        assertThat(model.newLabelProperty().get()).isEmpty();
    }

    @Test
    void savingStoresEverythingAndTheRulesReadItAtOnce() {
        model.warnDaysProperty().set("7");
        model.leadDaysProperty().set("10");
        model.callbackDaysProperty(CustomerStatus.SMALL).set("0");
        model.toggle(2);
        assertThat(model.move(1, -1)).isZero();
        model.newLabelProperty().set("已寄资料");
        model.addOutcome(CallSettingsViewModelTest::label);
        assertThat(model.changedProperty().get()).isTrue();
        boolean[] done = {false};

        model.save(() -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(model.changedProperty().get()).isFalse();
        assertThat(status.messageProperty().get().key()).isEqualTo("status.settingsSaved");
        assertThat(CallRules.from(settings).warnDays()).isEqualTo(7);
        ReminderRules rules = ReminderRules.from(settings);
        assertThat(rules.keyDateLeadDays()).isEqualTo(10);
        assertThat(rules.callbackInterval(CustomerStatus.SMALL)).isEmpty();
        assertThat(rules.callbackInterval(CustomerStatus.BIG)).hasValue(10);
        assertThat(OutcomeSettings.from(settings).visible()).extracting(OutcomeChoice::token).containsExactly(
                "NO_ANSWER", "CONNECTED", "WRONG_NUMBER", "VOICEMAIL", "REFUSED", "CALL_BACK_LATER", "custom:c1");

        model.warnDaysProperty().set("8");
        model.revert();
        assertThat(model.warnDaysProperty().get()).isEqualTo("7");
        assertThat(model.changedProperty().get()).isFalse();
    }
}
