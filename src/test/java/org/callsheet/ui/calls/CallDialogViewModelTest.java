package org.callsheet.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.calls.CallFilter;
import org.callsheet.model.Call;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUp;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The call dialog's model over a real database, with a fixed clock and work on the calling thread. */
class CallDialogViewModelTest {
    private CallBackend backend;
    private Customer beijing;
    private final StatusModel status = new StatusModel();
    private final List<Call> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        backend = new CallBackend();
        beijing = backend.add("北京科技有限公司", CustomerStatus.BIG, "张明", "13800138000");
        backend.add("上海贸易公司", CustomerStatus.SMALL, "李娜", "13912345678");
        backend.loadIndex();
    }

    @AfterEach
    void tearDown() {
        backend.close();
    }

    private CallDialogViewModel dialog(String caller) {
        return new CallDialogViewModel(backend.calls, backend.book, backend.customers,
                OutcomeChoices.from(backend.settings), new SameThreadTaskRunner(), backend.clock, status, caller);
    }

    private CallDialogViewModel withBeijing() {
        CallDialogViewModel model = dialog("王芳");
        model.picker().queryProperty().set("bjkj");
        assertThat(model.picker().hits()).extracting(r -> r.name()).containsExactly("北京科技有限公司");
        model.picker().choose(model.picker().hits().getFirst());
        return model;
    }

    @Test
    void findsTheCustomerByPinyinAndOffersTheContactsNumbers() {
        CallDialogViewModel model = withBeijing();

        assertThat(model.contactProperty().get().name()).isEqualTo("张明");
        assertThat(model.numbers()).containsExactly("13800138000");
        assertThat(model.numberProperty().get()).isEqualTo("13800138000");
        assertThat(model.startProperty().get()).isEqualTo("2026-03-02 10:00");
    }

    @Test
    void theOutcomeSuggestsTheFollowUp() {
        CallDialogViewModel model = dialog("王芳");
        assertThat(model.followUpProperty().get()).isFalse();

        model.outcomeProperty().set(OutcomeChoice.of(CallOutcome.NO_ANSWER));
        assertThat(model.followUpProperty().get()).isTrue();
        assertThat(model.followUpAtProperty().get()).isEqualTo("2026-03-02 12:00");

        model.outcomeProperty().set(OutcomeChoice.of(CallOutcome.CALL_BACK_LATER));
        assertThat(model.followUpAtProperty().get()).isEqualTo("2026-03-03 10:00");

        model.outcomeProperty().set(OutcomeChoice.of(CallOutcome.CONNECTED));
        assertThat(model.followUpProperty().get()).isFalse();
        assertThat(model.followUpAtProperty().get()).isEmpty();
    }

    @Test
    void warnsWhoAlreadyCalledTheCustomerToday() {
        CallDialogViewModel first = dialog("李强");
        first.picker().queryProperty().set("北京");
        first.picker().choose(first.picker().hits().getFirst());
        first.outcomeProperty().set(OutcomeChoice.of(CallOutcome.BUSY));
        first.save(saved::add);
        assertThat(saved).hasSize(1);
        backend.clock.advance(Duration.ofMinutes(30));

        CallDialogViewModel second = withBeijing();

        assertThat(second.warnings()).singleElement().satisfies(w -> {
            assertThat(w.caller()).isEqualTo("李强");
            assertThat(w.today()).isTrue();
            assertThat(w.outcome()).isEqualTo(CallOutcome.BUSY);
        });
    }

    @Test
    void refusesWithMessagesBesideTheFields() {
        CallDialogViewModel model = dialog("王芳");
        model.startProperty().set("yesterday");
        model.durationProperty().set("4:75");
        model.visitOpportunityProperty().set(true);

        model.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(model.errors()).containsEntry("customer", "calls.validation.customer.required")
                .containsEntry("startedAt", "callDialog.error.time")
                .containsEntry("durationSeconds", "callDialog.error.duration")
                .containsEntry("proposedVisitDate", "callDialog.error.visitDate");
    }

    @Test
    void theLogicRefusesACallInTheFutureBesideTheStartField() {
        CallDialogViewModel model = withBeijing();
        model.startProperty().set("2026-03-02 18:00");

        model.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(model.errors()).containsEntry("startedAt", "calls.validation.start.future");
    }

    @Test
    void aFollowUpInThePastIsRefused() {
        CallDialogViewModel model = withBeijing();
        model.followUpProperty().set(true);
        model.followUpAtProperty().set("2026-03-01 09:00");

        model.save(saved::add);

        assertThat(model.errors()).containsEntry("followUp", "callDialog.error.followUpPast");
    }

    @Test
    void theTimerMeasuresTheDurationThatIsSaved() {
        CallDialogViewModel model = withBeijing();
        model.startTimer();
        backend.clock.advance(Duration.ofSeconds(65));
        model.tick();
        assertThat(model.durationProperty().get()).isEqualTo("1:05");
        assertThat(model.timer().isRunning()).isTrue();
        backend.clock.advance(Duration.ofSeconds(10));

        model.save(saved::add);

        assertThat(model.timer().isRunning()).isFalse();
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.durationSeconds()).isEqualTo(75);
            assertThat(c.startedAt()).isEqualTo(CallBackend.NOW);
        });
    }

    @Test
    void aNoAnswerIsLoggedWithTheRetryInTwoHours() {
        CallDialogViewModel model = withBeijing();
        model.outcomeProperty().set(OutcomeChoice.of(CallOutcome.NO_ANSWER));

        model.save(saved::add);

        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(CallOutcome.NO_ANSWER);
            assertThat(c.caller()).isEqualTo("王芳");
            assertThat(c.numberDigits()).isEqualTo("13800138000");
        });
        assertThat(backend.calls.statistics().search(CallFilter.ALL)).hasSize(1);
        List<FollowUp> open = backend.calls.followUps().openOf(beijing.id());
        assertThat(open).singleElement().satisfies(f -> assertThat(f.dueAt())
                .isEqualTo(LocalDateTime.of(2026, 3, 2, 12, 0).atZone(CallBackend.ZONE).toInstant()));
        assertThat(status.messageProperty().get().key()).isEqualTo("callDialog.saved");
    }

    @Test
    void theRepMovesOrDropsTheSuggestedFollowUp() {
        CallDialogViewModel moved = withBeijing();
        moved.outcomeProperty().set(OutcomeChoice.of(CallOutcome.CALL_BACK_LATER));
        moved.followUpAtProperty().set("2026-03-04 15:30");
        moved.save(saved::add);
        assertThat(backend.calls.followUps().openOf(beijing.id())).singleElement().satisfies(f -> assertThat(
                f.dueAt()).isEqualTo(LocalDateTime.of(2026, 3, 4, 15, 30).atZone(CallBackend.ZONE).toInstant()));

        backend.clock.advance(Duration.ofMinutes(5));
        CallDialogViewModel dropped = withBeijing();
        dropped.outcomeProperty().set(OutcomeChoice.of(CallOutcome.NO_ANSWER));
        dropped.followUpProperty().set(false);
        dropped.save(saved::add);
        // the retry of the unanswered call is not planned; the earlier follow-up for today was done by this call
        assertThat(saved).hasSize(2);
        assertThat(backend.calls.followUps().openOf(beijing.id())).extracting(FollowUp::sourceCallId)
                .containsExactly(saved.getFirst().id());
    }

    @Test
    void aConnectedCallGetsAFollowUpWhenTheRepAsksForOne() {
        CallDialogViewModel model = withBeijing();
        model.followUpProperty().set(true);
        model.followUpAtProperty().set("2026-03-05 09:00");
        model.nextStepProperty().set("发报价");

        model.save(saved::add);

        assertThat(backend.calls.followUps().openOf(beijing.id())).singleElement()
                .satisfies(f -> assertThat(f.note()).isEqualTo("发报价"));
    }

    @Test
    void dialingWithoutAPhoneAppCopiesTheNumberAndStartsTheTimer() {
        CallDialogViewModel model = withBeijing();
        List<String> dialled = new ArrayList<>();

        model.dial(n -> {
            dialled.add(n);
            return Dialer.Result.COPIED;
        });

        assertThat(dialled).containsExactly("13800138000");
        assertThat(model.timer().isRunning()).isTrue();
        assertThat(status.messageProperty().get().key()).isEqualTo("callDialog.dial.copied");
    }

    @Test
    void aNumberClearedByItsControlIsReadAsNone() {
        CallDialogViewModel model = withBeijing();
        model.numberProperty().set(null);

        model.save(saved::add);

        assertThat(saved).singleElement().satisfies(c -> assertThat(c.numberInput()).isEmpty());
    }

    @Test
    void outcomesComeFromSettings() {
        backend.settings.put(OutcomeChoices.KEY, "no_answer, CONNECTED, nonsense");

        assertThat(dialog("王芳").outcomes()).extracting(OutcomeChoice::outcome)
                .containsExactly(CallOutcome.NO_ANSWER, CallOutcome.CONNECTED);
    }

    @Test
    void anOwnOutcomeIsOfferedWhereSettingsPutItAndCountsAsConnected() {
        backend.settings.put(org.callsheet.logic.calls.OutcomeSettings.CUSTOM, "c1|1|已寄资料\nc2|0|空号");
        backend.settings.put(org.callsheet.logic.calls.OutcomeSettings.ORDER, "NO_ANSWER,custom:c1,CONNECTED");
        CallDialogViewModel model = withBeijing();
        assertThat(model.outcomes()).extracting(OutcomeChoice::token)
                .containsExactly("NO_ANSWER", "custom:c1", "CONNECTED");

        model.outcomeProperty().set(model.outcomes().get(1));
        assertThat(model.followUpProperty().get()).isFalse();
        model.save(saved::add);

        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(CallOutcome.OTHER_CONNECTED);
            assertThat(c.customOutcome()).isEqualTo("c1");
        });
        assertThat(backend.calls.log().history(beijing.id()).lastContact()).isEqualTo(CallBackend.NOW);
    }

    @Test
    void aCorrectionChangesTheFieldsRecomputesLastContactAndPlansNoReminder() {
        CallDialogViewModel first = withBeijing();
        first.outcomeProperty().set(OutcomeChoice.of(CallOutcome.NO_ANSWER));
        first.save(saved::add);
        Call logged = saved.getFirst();
        assertThat(backend.calls.log().history(beijing.id()).lastContact()).isNull();
        int followUps = backend.calls.followUps().openOf(beijing.id()).size();
        backend.settings.put(OutcomeChoices.KEY, "CONNECTED,BUSY");
        backend.clock.advance(Duration.ofMinutes(5));

        CallDialogViewModel correction = dialog("李强");
        correction.edit(logged, OutcomeChoice.of(CallOutcome.NO_ANSWER));
        assertThat(correction.editProperty().get()).isTrue();
        assertThat(correction.outcomes()).extracting(OutcomeChoice::outcome)
                .containsExactly(CallOutcome.CONNECTED, CallOutcome.BUSY, CallOutcome.NO_ANSWER);
        assertThat(correction.picker().chosenProperty().get().id()).isEqualTo(beijing.id());
        assertThat(correction.numberProperty().get()).isEqualTo("13800138000");
        assertThat(correction.startProperty().get()).isEqualTo("2026-03-02 10:00");
        assertThat(correction.warnings()).isEmpty();

        correction.outcomeProperty().set(OutcomeChoice.of(CallOutcome.CONNECTED));
        correction.startProperty().set("2026-03-02 09:40");
        correction.durationProperty().set("3:00");
        correction.notesProperty().set("其实接通了");
        correction.needsProperty().set("报价");
        correction.save(saved::add);

        assertThat(saved).hasSize(2);
        Call corrected = backend.calls.log().callsOf(beijing.id()).getFirst();
        assertThat(backend.calls.log().callsOf(beijing.id())).hasSize(1);
        assertThat(corrected.id()).isEqualTo(logged.id());
        assertThat(corrected.uid()).isEqualTo(logged.uid());
        assertThat(corrected.caller()).isEqualTo("王芳");
        assertThat(corrected.outcome()).isEqualTo(CallOutcome.CONNECTED);
        assertThat(corrected.durationSeconds()).isEqualTo(180);
        assertThat(corrected.notes()).isEqualTo("其实接通了");
        Instant start = java.time.LocalDateTime.of(2026, 3, 2, 9, 40).atZone(CallBackend.ZONE).toInstant();
        assertThat(backend.calls.log().history(beijing.id()).lastContact()).isEqualTo(start);
        assertThat(backend.calls.followUps().openOf(beijing.id())).hasSize(followUps);
        assertThat(status.messageProperty().get().key()).isEqualTo("callDialog.corrected");
    }

    @Test
    void closingAsksOnlyWhenSomethingWasEnteredOrTheTimerRuns() {
        CallDialogViewModel model = withBeijing();
        assertThat(model.hasUnsavedInput()).isFalse();

        model.notesProperty().set("要报价");
        assertThat(model.hasUnsavedInput()).isTrue();
        model.notesProperty().set("");
        assertThat(model.hasUnsavedInput()).isFalse();

        model.outcomeProperty().set(OutcomeChoice.of(CallOutcome.BUSY));
        assertThat(model.hasUnsavedInput()).isTrue();
        model.outcomeProperty().set(OutcomeChoice.of(CallOutcome.CONNECTED));
        assertThat(model.hasUnsavedInput()).isFalse();

        model.startTimer();
        assertThat(model.hasUnsavedInput()).isTrue();
    }

    @Test
    void aCorrectionOpenedUnchangedClosesWithoutAsking() {
        CallDialogViewModel first = withBeijing();
        first.notesProperty().set("要报价");
        first.save(saved::add);

        CallDialogViewModel correction = dialog("王芳");
        correction.edit(saved.getFirst(), OutcomeChoice.of(CallOutcome.CONNECTED));
        assertThat(correction.hasUnsavedInput()).isFalse();
        correction.notesProperty().set("要报价和样品");
        assertThat(correction.hasUnsavedInput()).isTrue();
    }

    @Test
    void askingForAFollowUpTheOutcomeDoesNotSuggestOffersTheSameTimeTomorrow() {
        CallDialogViewModel model = withBeijing();
        assertThat(model.followUpAtProperty().get()).isEmpty();

        model.followUpProperty().set(true);

        assertThat(model.followUpAtProperty().get()).isEqualTo("2026-03-03 10:00");
    }

    @Test
    void theFollowUpMessageGoesOnceTheTimeIsRight() {
        CallDialogViewModel model = withBeijing();
        model.outcomeProperty().set(OutcomeChoice.of(CallOutcome.NO_ANSWER));
        model.followUpAtProperty().set("2026-03-01 09:00");
        model.save(saved::add);
        assertThat(model.errors()).containsEntry("followUp", "callDialog.error.followUpPast");

        model.followUpAtProperty().set("2026-03-0");
        assertThat(model.errors()).containsKey("followUp");
        model.followUpAtProperty().set("2026-03-04 09:30");

        assertThat(model.errors()).doesNotContainKey("followUp");
        assertThat(saved).isEmpty();
    }
}
