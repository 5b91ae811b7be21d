package org.callsheet.logic.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.callsheet.logic.calls.CallFixtures.CLOCK;
import static org.callsheet.logic.calls.CallFixtures.at;
import static org.callsheet.logic.calls.CallFixtures.call;
import static org.callsheet.logic.calls.CallFixtures.withDetails;

import java.time.Duration;
import java.util.List;
import org.callsheet.logic.calls.CallLogService;
import org.callsheet.logic.calls.CallRules;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.persistence.JooqCallTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallListTest {
    private final JooqCallTestData data = new JooqCallTestData();
    private final FollowUpService followUps = new FollowUpService(data.followUps, ReminderRules.DEFAULTS, CLOCK);
    private final CallLogService log = new CallLogService(data.calls, new PhoneNormalizer(), CallRules.DEFAULTS,
            CLOCK, List.of(followUps));
    private final CallList callList = new CallList(followUps, data.calls, data.facts, ReminderRules.DEFAULTS, CLOCK);

    @AfterEach
    void close() {
        data.close();
    }

    private void logged(long customer, String when, CallOutcome outcome) {
        log.log(call(customer, "", at(when), outcome, "王伟"));
    }

    @Test
    void listsCustomersInPriorityOrderEachOnceWithItsReason() {
        long overdue = data.customer("逾期超级", CustomerStatus.SUPER, false);
        followUps.plan(overdue, null, FollowUpKind.CALL, at("2026-11-20T09:00"), "");
        long dueToday = data.customer("今日小客户", CustomerStatus.SMALL, false);
        followUps.plan(dueToday, null, FollowUpKind.CALL, at("2026-11-23T15:00"), "");
        long big = data.customer("大客户", CustomerStatus.BIG, false);
        logged(big, "2026-11-08T10:00", CallOutcome.CONNECTED);
        logged(big, "2026-11-22T15:00", CallOutcome.NO_ANSWER);
        long superCustomer = data.customer("超级客户", CustomerStatus.SUPER, false);
        logged(superCustomer, "2026-11-15T10:00", CallOutcome.CONNECTED);
        long notYet = data.customer("未到期大客户", CustomerStatus.BIG, false);
        logged(notYet, "2026-11-13T10:00", CallOutcome.CONNECTED);
        long churning = data.customer("流失中客户", CustomerStatus.MEDIUM, false);
        logged(churning, "2026-11-18T10:00", CallOutcome.CONNECTED);
        long keen = data.customer("热心潜客", CustomerStatus.PROSPECT, false);
        log.log(withDetails(call(keen, "", at("2026-11-10T10:00"), CallOutcome.CONNECTED, "王伟"), 60,
                "需要100台", null, 5));
        long lukewarm = data.customer("一般潜客", CustomerStatus.PROSPECT, false);
        log.log(withDetails(call(lukewarm, "", at("2026-11-20T10:00"), CallOutcome.CONNECTED, "王伟"), 60,
                "可能需要", null, 2));
        long noNeed = data.customer("不需要", CustomerStatus.SUPER, true);
        followUps.plan(noNeed, null, FollowUpKind.CALL, at("2026-11-20T09:00"), "");
        long retried = data.customer("早上没接", CustomerStatus.BIG, false);
        logged(retried, "2026-11-01T10:00", CallOutcome.CONNECTED);
        logged(retried, "2026-11-23T08:30", CallOutcome.NO_ANSWER);
        long calledToday = data.customer("今天已通话", CustomerStatus.MEDIUM, false);
        logged(calledToday, "2026-11-23T09:00", CallOutcome.CONNECTED);
        data.customer("没有需求的潜客", CustomerStatus.PROSPECT, false);
        long other = data.customer("其他", CustomerStatus.OTHER, false);
        followUps.plan(other, null, FollowUpKind.CALL, at("2026-11-23T11:00"), "");

        List<CallListEntry> list = callList.today(id -> id == churning || id == calledToday || id == noNeed);

        assertThat(list).extracting(e -> e.customer().id(), CallListEntry::reason).containsExactly(
                tuple(overdue, CallListReason.OVERDUE_FOLLOW_UP),
                tuple(retried, CallListReason.FOLLOW_UP_DUE_TODAY),
                tuple(dueToday, CallListReason.FOLLOW_UP_DUE_TODAY),
                tuple(superCustomer, CallListReason.REGULAR_CALLBACK),
                tuple(big, CallListReason.REGULAR_CALLBACK),
                tuple(churning, CallListReason.CHURN_WARNING),
                tuple(keen, CallListReason.PROSPECT_WITH_NEEDS),
                tuple(lukewarm, CallListReason.PROSPECT_WITH_NEEDS));
        assertThat(list.get(0).alsoBecause()).containsExactly(CallListReason.REGULAR_CALLBACK);
        assertThat(list.get(0).daysSinceContact()).isEmpty();
        assertThat(list.get(1).dueAt()).isEqualTo(at("2026-11-23T10:30"));
        assertThat(list.get(4).daysSinceContact()).hasValue(15);
        assertThat(list.get(6).needs()).isEqualTo("需要100台");
        assertThat(list).extracting(e -> e.customer().id()).doesNotContain(noNeed, other, notYet, calledToday);
        assertThat(CallListReason.CHURN_WARNING.messageKey()).isEqualTo("calls.reason.CHURN_WARNING");
    }

    @Test
    void snoozedAndHandledFollowUpsWaitAndTheIntervalsComeFromSettings() {
        long a = data.customer("甲", CustomerStatus.SMALL, false);
        logged(a, "2026-11-20T10:00", CallOutcome.CONNECTED);
        FollowUp f = followUps.plan(a, null, FollowUpKind.CALL, at("2026-11-23T08:00"), "");
        followUps.snooze(f.id(), Duration.ofHours(1));
        long b = data.customer("乙", CustomerStatus.SMALL, false);
        logged(b, "2026-11-21T10:00", CallOutcome.CONNECTED);

        assertThat(callList.today(id -> false)).isEmpty();

        data.settings.put(ReminderRules.CALLBACK_DAYS_PREFIX + "SMALL", "2");
        CallList shortCadence = new CallList(followUps, data.calls, data.facts, ReminderRules.from(data.settings),
                CLOCK);
        assertThat(shortCadence.today(id -> false)).extracting(e -> e.customer().id(), CallListEntry::reason)
                .containsExactly(tuple(a, CallListReason.REGULAR_CALLBACK), tuple(b, CallListReason.REGULAR_CALLBACK));
        assertThat(ReminderRules.from(data.settings).callbackInterval(CustomerStatus.PROSPECT)).isEmpty();
    }
}
