package org.callsheet.logic.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.callsheet.logic.calls.CallFixtures.CLOCK;
import static org.callsheet.logic.calls.CallFixtures.NOW;
import static org.callsheet.logic.calls.CallFixtures.at;
import static org.callsheet.logic.calls.CallFixtures.call;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.calls.CallLogService;
import org.callsheet.logic.calls.CallRules;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;
import org.callsheet.persistence.JooqCallTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FollowUpServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final JooqCallTestData data = new JooqCallTestData();
    private final FollowUpService followUps = new FollowUpService(data.followUps, ReminderRules.DEFAULTS, CLOCK);
    private final CallLogService log = new CallLogService(data.calls, new PhoneNormalizer(), CallRules.DEFAULTS,
            CLOCK, List.of(followUps));
    private final long customer = data.customer("甲公司", CustomerStatus.BIG, false, "13800138000");

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void outcomesSuggestWhenToTryAgain() {
        assertThat(followUps.suggestedTime(call(customer, "", NOW, CallOutcome.CALL_BACK_LATER, "王伟")))
                .contains(at("2026-11-24T10:00"));
        assertThat(followUps.suggestedTime(call(customer, "", NOW, CallOutcome.NO_ANSWER, "王伟")))
                .contains(at("2026-11-23T12:00"));
        assertThat(followUps.suggestedTime(call(customer, "", NOW, CallOutcome.CONNECTED, "王伟"))).isEmpty();
        assertThat(followUps.suggestedTime(call(customer, "", NOW, CallOutcome.WRONG_NUMBER, "王伟"))).isEmpty();
    }

    @Test
    void anUnansweredCallSchedulesARetryFromTheCall() {
        Call logged = log.log(call(customer, "13800138000", NOW, CallOutcome.NO_ANSWER, "王伟")).call();

        assertThat(followUps.openOf(customer)).singleElement().satisfies(f -> {
            assertThat(f.dueAt()).isEqualTo(at("2026-11-23T12:00"));
            assertThat(f.kind()).isEqualTo(FollowUpKind.CALL);
            assertThat(f.sourceCallId()).isEqualTo(logged.id());
        });
    }

    @Test
    void aVisitOpportunityWithADatePlansAVisit() {
        Call proposing = new Call(null, UUID.randomUUID().toString(), null, customer, null, "", null, null,
                NOW, 60, CallOutcome.CONNECTED, "想看样品", null, true, LocalDate.of(2026, 11, 26), 4, null, "带样品",
                "王伟", null, null);
        Call stored = log.log(proposing).call();
        Call noDate = new Call(null, UUID.randomUUID().toString(), null, customer, null, "", null, null,
                NOW.plusSeconds(60), 60, CallOutcome.CONNECTED, null, null, true, null, null, null, null, "王伟",
                null, null);
        log.log(noDate);

        assertThat(followUps.openOf(customer)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FollowUpKind.VISIT);
            assertThat(f.dueAt()).isEqualTo(at("2026-11-26T09:00"));
            assertThat(f.sourceCallId()).isEqualTo(stored.id());
            assertThat(f.note()).isEqualTo("带样品");
        });
    }

    @Test
    void aCallLoggedAfterTheFactLeavesNoReminderForItself() {
        log.log(call(customer, "13800138000", at("2026-11-23T07:00"), CallOutcome.NO_ANSWER, "王伟"));
        log.log(call(customer, "13800138000", at("2026-11-22T09:00"), CallOutcome.CALL_BACK_LATER, "王伟"));

        assertThat(followUps.openOf(customer)).isEmpty();
    }

    @Test
    void aLoggedCallCompletesTheCallFollowUpsOfThatDayItFulfils() {
        FollowUp dueThisMorning = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-23T09:00"), "报价");
        FollowUp overdue = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-20T09:00"), "");
        FollowUp visit = followUps.plan(customer, null, FollowUpKind.VISIT, at("2026-11-23T15:00"), "");
        FollowUp nextWeek = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-30T09:00"), "");

        log.log(call(customer, "13800138000", NOW.plusSeconds(10), CallOutcome.CONNECTED, "王伟"));

        assertThat(data.followUps.findById(dueThisMorning.id()).orElseThrow().status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(data.followUps.findById(overdue.id()).orElseThrow().status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(followUps.openOf(customer)).extracting(FollowUp::id).containsExactly(visit.id(), nextWeek.id());
    }

    @Test
    void rescheduleSnoozeCompleteAndCancel() {
        FollowUp f = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-23T11:00"), "");

        FollowUp moved = followUps.reschedule(f.id(), at("2026-11-25T11:00"));
        assertThat(data.followUps.findById(f.id())).contains(moved);
        assertThat(moved.dueAt()).isEqualTo(at("2026-11-25T11:00"));

        FollowUp snoozed = followUps.snooze(f.id(), Duration.ofDays(3));
        assertThat(snoozed.snoozedUntil()).isEqualTo(at("2026-11-28T11:00"));
        assertThat(snoozed.effectiveAt()).isEqualTo(at("2026-11-28T11:00"));

        FollowUp done = followUps.complete(f.id());
        assertThat(done.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.closedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> followUps.cancel(f.id())).isInstanceOf(IllegalStateException.class);

        FollowUp other = followUps.plan(customer, null, FollowUpKind.VISIT, at("2026-11-24T11:00"), "");
        assertThat(followUps.cancel(other.id()).status()).isEqualTo(FollowUpStatus.CANCELLED);
        assertThat(followUps.openOf(customer)).isEmpty();
    }

    @Test
    void overdueFollowUpsRollIntoTodayMarkedOverdue() {
        FollowUp lastWeek = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-16T09:00"), "");
        FollowUp yesterday = followUps.plan(customer, null, FollowUpKind.VISIT, at("2026-11-22T17:00"), "");
        FollowUp today = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-23T16:00"), "");
        FollowUp tomorrow = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-24T09:00"), "");
        FollowUp snoozedAway = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-21T09:00"), "");
        followUps.snooze(snoozedAway.id(), Duration.ofDays(1));

        assertThat(followUps.dueOn(TODAY)).extracting(d -> d.followUp().id(), DueFollowUp::overdue)
                .containsExactly(
                        tuple(lastWeek.id(), true),
                        tuple(yesterday.id(), true),
                        tuple(today.id(), false));
        // on another day, overdue means before that day began: still open, so still on its list
        assertThat(followUps.dueOn(TODAY.plusDays(1))).extracting(d -> d.followUp().id(), DueFollowUp::overdue)
                .containsExactly(
                        tuple(lastWeek.id(), true),
                        tuple(yesterday.id(), true),
                        tuple(today.id(), true),
                        tuple(tomorrow.id(), false),
                        tuple(snoozedAway.id(), false));
        assertThat(followUps.dueOn(TODAY.minusDays(1))).extracting(d -> d.followUp().id(), DueFollowUp::overdue)
                .containsExactly(tuple(lastWeek.id(), true), tuple(yesterday.id(), false));
    }

    @Test
    void aFollowUpOfTodayIsOverdueOnlyOnceItsTimeHasPassed() {
        FollowUp nineThirty = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-23T09:30"), "");
        FollowUp noon = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-23T12:00"), "");
        FollowUpService atNine = new FollowUpService(data.followUps, ReminderRules.DEFAULTS,
                Clock.fixed(at("2026-11-23T09:00"), CLOCK.getZone()));

        assertThat(atNine.dueOn(TODAY)).extracting(d -> d.followUp().id(), DueFollowUp::overdue)
                .containsExactly(tuple(nineThirty.id(), false), tuple(noon.id(), false));
        // at ten (the fixtures' now) 09:30 has passed
        assertThat(followUps.dueOn(TODAY)).extracting(d -> d.followUp().id(), DueFollowUp::overdue)
                .containsExactly(tuple(nineThirty.id(), true), tuple(noon.id(), false));
    }

    @Test
    void snoozingAFollowUpDueLaterTodayMovesItFromItsDueTime() {
        FollowUp nineThirty = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-23T09:30"), "");
        FollowUpService justBeforeOne = new FollowUpService(data.followUps, ReminderRules.DEFAULTS,
                Clock.fixed(at("2026-11-23T00:54"), CLOCK.getZone()));

        FollowUp snoozed = justBeforeOne.snooze(nineThirty.id(), Duration.ofHours(1));

        assertThat(snoozed.effectiveAt()).isEqualTo(at("2026-11-23T10:30"));
        assertThat(justBeforeOne.dueOn(TODAY)).singleElement()
                .satisfies(d -> assertThat(d.followUp().effectiveAt()).isEqualTo(at("2026-11-23T10:30")));
        // at ten it shows up at 10:30 still: snoozed again, it moves from there
        assertThat(followUps.snooze(nineThirty.id(), Duration.ofHours(1)).effectiveAt())
                .isEqualTo(at("2026-11-23T11:30"));
        // a follow-up whose time has passed moves from now
        FollowUp nine = followUps.plan(customer, null, FollowUpKind.CALL, at("2026-11-23T09:00"), "");
        assertThat(followUps.snooze(nine.id(), Duration.ofHours(1)).effectiveAt()).isEqualTo(at("2026-11-23T11:00"));
    }
}
