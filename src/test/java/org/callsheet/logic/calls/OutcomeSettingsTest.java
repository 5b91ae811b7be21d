package org.callsheet.logic.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;
import org.callsheet.ui.testing.InMemorySettingsRepository;
import org.junit.jupiter.api.Test;

class OutcomeSettingsTest {
    private final InMemorySettingsRepository values = new InMemorySettingsRepository();
    private final Settings settings = new Settings(values);

    private static Call loggedWith(CallOutcome outcome, String customId) {
        Instant at = Instant.parse("2026-11-23T02:00:00Z");
        return new Call(1L, "u", null, 1, null, "", "", null, at, 0, outcome, null, null, false, null, null, null,
                null, "王伟", at, at, customId);
    }

    @Test
    void withoutSettingsEveryBuiltInOutcomeIsOfferedInTheStandardOrder() {
        OutcomeSettings outcomes = OutcomeSettings.from(settings);

        assertThat(outcomes.visible()).extracting(OutcomeChoice::outcome).containsExactly(CallOutcome.CONNECTED,
                CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.WRONG_NUMBER, CallOutcome.VOICEMAIL,
                CallOutcome.REFUSED, CallOutcome.CALL_BACK_LATER);
        assertThat(outcomes.entries()).allMatch(OutcomeSettings.Entry::visible);
    }

    @Test
    void ownOutcomesAreOfferedInTheirPlaceAndHiddenOnesFollow() {
        values.put(OutcomeSettings.CUSTOM, "c1|1|已寄资料\nc2|0|空号\nbroken line");
        values.put(OutcomeSettings.ORDER, "no_answer, custom:c1, CONNECTED, custom:missing, CONNECTED");

        OutcomeSettings outcomes = OutcomeSettings.from(settings);

        assertThat(outcomes.visible()).extracting(OutcomeChoice::token)
                .containsExactly("NO_ANSWER", "custom:c1", "CONNECTED");
        assertThat(outcomes.entries()).filteredOn(e -> !e.visible()).extracting(e -> e.choice().token())
                .containsExactly("BUSY", "WRONG_NUMBER", "VOICEMAIL", "REFUSED", "CALL_BACK_LATER", "custom:c2");
        OutcomeChoice sent = outcomes.visible().get(1);
        assertThat(sent.outcome()).isEqualTo(CallOutcome.OTHER_CONNECTED);
        assertThat(sent.connected()).isTrue();
        assertThat(outcomes.customs()).extracting(CustomOutcome::label).containsExactly("已寄资料", "空号");
        assertThat(outcomes.nextCustomId()).isEqualTo("c3");
    }

    @Test
    void aCallKeepsTheLabelOfAHiddenOwnOutcomeAndAnUnknownOneReadsAsOther() {
        values.put(OutcomeSettings.CUSTOM, "c2|0|空号");
        values.put(OutcomeSettings.ORDER, "CONNECTED");
        OutcomeSettings outcomes = OutcomeSettings.from(settings);

        assertThat(outcomes.choiceOf(loggedWith(CallOutcome.OTHER_NOT_CONNECTED, "c2")).custom().label())
                .isEqualTo("空号");
        assertThat(outcomes.choiceOf(loggedWith(CallOutcome.OTHER_CONNECTED, "c9")))
                .isEqualTo(OutcomeChoice.of(CallOutcome.OTHER_CONNECTED));
        assertThat(outcomes.choiceOf(loggedWith(CallOutcome.BUSY, null))).isEqualTo(OutcomeChoice.of(CallOutcome.BUSY));
        assertThat(loggedWith(CallOutcome.BUSY, "c2").customOutcome()).isNull();
    }

    @Test
    void theConfigurationSurvivesARoundTripThroughSettings() {
        values.put(OutcomeSettings.CUSTOM, "c1|1|已寄资料");
        values.put(OutcomeSettings.ORDER, "custom:c1,BUSY");
        OutcomeSettings first = OutcomeSettings.from(settings);

        first.toSettings().forEach(settings::put);

        assertThat(OutcomeSettings.from(settings)).isEqualTo(first);
        assertThat(values.all()).containsEntry(OutcomeSettings.ORDER, "custom:c1,BUSY")
                .containsEntry(OutcomeSettings.CUSTOM, "c1|1|已寄资料");
    }

    @Test
    void labelsOfOwnOutcomesAreChecked() {
        java.util.List<String> taken = java.util.List.of("Connected", "已寄资料");
        assertThat(OutcomeSettings.labelProblem("  ", taken)).isEqualTo("calls.validation.outcome.labelRequired");
        assertThat(OutcomeSettings.labelProblem("x".repeat(41), taken)).isEqualTo("calls.validation.outcome.labelTooLong");
        assertThat(OutcomeSettings.labelProblem("a|b", taken)).isEqualTo("calls.validation.outcome.labelCharacters");
        assertThat(OutcomeSettings.labelProblem(" connected ", taken)).isEqualTo("calls.validation.outcome.labelTaken");
        assertThat(OutcomeSettings.labelProblem("样品已发", taken)).isNull();
    }
}
