package org.callsheet.logic.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.callsheet.logic.calls.CallFixtures.CLOCK;
import static org.callsheet.logic.calls.CallFixtures.at;
import static org.callsheet.logic.calls.CallFixtures.call;
import static org.callsheet.logic.calls.CallFixtures.withDetails;

import java.time.LocalDate;
import java.util.List;
import org.callsheet.logic.calls.CallLogService;
import org.callsheet.logic.calls.CallRules;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUpKind;
import org.callsheet.persistence.JooqCallTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The call list reads churn warnings from the stored classification (real H2, real classification run). */
class CallListChurnWarningTest {
    private final JooqCallTestData data = new JooqCallTestData();
    private final FollowUpService followUps = new FollowUpService(data.followUps, ReminderRules.DEFAULTS, CLOCK);
    private final CallLogService log = new CallLogService(data.calls, new PhoneNormalizer(), CallRules.DEFAULTS,
            CLOCK, List.of(followUps));
    private final CallList callList = new CallList(followUps, data.calls, data.facts, () -> ReminderRules.DEFAULTS,
            data.churnWarnings(), CLOCK);

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void aStoredChurnWarningListsTheCustomerAfterCallbacksAndBeforeProspects() {
        long churning = data.customer("流失中客户", CustomerStatus.SMALL, false);
        data.order(churning, LocalDate.parse("2026-01-01"), "1000.00");
        data.order(churning, LocalDate.parse("2026-01-11"), "1000.00");
        data.order(churning, LocalDate.parse("2026-01-21"), "1000.00");
        log.log(call(churning, "", at("2026-11-18T10:00"), CallOutcome.CONNECTED, "王伟"));
        long steady = data.customer("稳定客户", CustomerStatus.SMALL, false);
        data.order(steady, LocalDate.parse("2026-11-01"), "500.00");
        data.order(steady, LocalDate.parse("2026-11-11"), "500.00");
        data.order(steady, LocalDate.parse("2026-11-21"), "500.00");
        log.log(call(steady, "", at("2026-11-18T11:00"), CallOutcome.CONNECTED, "王伟"));

        assertThat(callList.today()).isEmpty();

        data.classification(CLOCK).reclassifyAll(LocalDate.now(CLOCK), ClassificationProgress.NONE, () -> false);
        long overdue = data.customer("逾期客户", CustomerStatus.MEDIUM, false);
        followUps.plan(overdue, null, FollowUpKind.CALL, at("2026-11-20T09:00"), "");
        long big = data.customer("大客户", CustomerStatus.BIG, false);
        log.log(call(big, "", at("2026-11-08T10:00"), CallOutcome.CONNECTED, "王伟"));
        long keen = data.customer("热心潜客", CustomerStatus.PROSPECT, false);
        log.log(withDetails(call(keen, "", at("2026-11-10T10:00"), CallOutcome.CONNECTED, "王伟"), 60,
                "需要100台", null, 5));

        assertThat(data.churnWarnings().customerIds()).containsExactly(churning);
        assertThat(callList.today()).extracting(e -> e.customer().id(), CallListEntry::reason).containsExactly(
                tuple(overdue, CallListReason.OVERDUE_FOLLOW_UP),
                tuple(big, CallListReason.REGULAR_CALLBACK),
                tuple(churning, CallListReason.CHURN_WARNING),
                tuple(keen, CallListReason.PROSPECT_WITH_NEEDS));
    }
}
