package org.callsheet.logic.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.callsheet.logic.calls.CallFixtures.CLOCK;
import static org.callsheet.logic.calls.CallFixtures.NOW;
import static org.callsheet.logic.calls.CallFixtures.SHANGHAI;
import static org.callsheet.logic.calls.CallFixtures.at;
import static org.callsheet.logic.calls.CallFixtures.call;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.CustomerStatus;
import org.callsheet.persistence.JooqCallTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallLogServiceTest {
    private final JooqCallTestData data = new JooqCallTestData();
    private final List<Call> heard = new ArrayList<>();
    private final CallLogService service = new CallLogService(data.calls, new PhoneNormalizer(), CallRules.DEFAULTS,
            CLOCK, List.of(heard::add));

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void logsACallWithItsNumberInDialDigitsAndTellsTheListeners() {
        long customer = data.customer("甲公司", CustomerStatus.PROSPECT, false, "13800138000");
        Call draft = service.draft(customer, data.firstContactOf(customer), "+86 138-0013-8000", "王伟");

        LoggedCall logged = service.log(draft);

        assertThat(logged.duplicate()).isFalse();
        assertThat(logged.call().id()).isNotNull();
        assertThat(logged.call().numberDigits()).isEqualTo("13800138000");
        assertThat(logged.call().direction()).isEqualTo(CallDirection.OUTGOING);
        assertThat(logged.call().createdAt()).isEqualTo(NOW);
        assertThat(data.calls.findById(logged.call().id())).contains(logged.call());
        assertThat(heard).containsExactly(logged.call());
    }

    @Test
    void refusesACallWithoutCustomerNegativeDurationOrStartingInTheFuture() {
        long customer = data.customer("甲公司", CustomerStatus.PROSPECT, false);
        Call bad = new Call(null, UUID.randomUUID().toString(), null, 999, null, "", null, null,
                NOW.plus(Duration.ofMinutes(2)), -5, CallOutcome.CONNECTED, null, null, true, LocalDate.of(2026, 11, 1),
                6, null, null, "王伟", null, null);

        assertThatThrownBy(() -> service.log(bad))
                .isInstanceOfSatisfying(CallValidationException.class, e -> assertThat(e.problems())
                        .extracting(CallProblem::field)
                        .containsExactlyInAnyOrder("customer", "startedAt", "durationSeconds", "interestLevel",
                                "proposedVisitDate"));
        assertThat(service.callsOf(999)).isEmpty();

        Call slightlyAhead = call(customer, "", NOW.plusSeconds(30), CallOutcome.CONNECTED, "王伟");
        assertThat(service.validate(slightlyAhead)).isEmpty();
        assertThat(service.validate(call(0, "", NOW, CallOutcome.CONNECTED, "王伟")))
                .extracting(CallProblem::messageKey).containsExactly("calls.validation.customer.required");
    }

    @Test
    void connectedCallsSetTheLastContactFailedAttemptsOnlyTheLastAttempt() {
        long customer = data.customer("甲公司", CustomerStatus.BIG, false, "13800138000");
        service.log(call(customer, "13800138000", at("2026-11-18T09:00"), CallOutcome.CONNECTED, "王伟"));
        service.log(call(customer, "13800138000", at("2026-11-22T15:00"), CallOutcome.NO_ANSWER, "王伟"));
        service.log(call(customer, "13800138000", at("2026-11-23T09:00"), CallOutcome.BUSY, "王伟"));

        ContactHistory history = service.history(customer);
        assertThat(history.lastContact()).isEqualTo(at("2026-11-18T09:00"));
        assertThat(history.lastAttempt()).isEqualTo(at("2026-11-23T09:00"));
        assertThat(history.daysSinceLastContact(LocalDate.of(2026, 11, 23), SHANGHAI)).hasValue(5);

        service.log(call(customer, "13800138000", at("2026-11-23T09:30"), CallOutcome.CALL_BACK_LATER, "王伟"));
        assertThat(service.history(customer).daysSinceLastContact(LocalDate.of(2026, 11, 23), SHANGHAI)).hasValue(0);
        assertThat(service.history(data.customer("乙", CustomerStatus.SUSPECT, false)).lastContactOpt()).isEmpty();
    }

    @Test
    void warnsAboutCallsToTheCustomerOrAnyOfItsNumbersWithinTheWarningDays() {
        long customer = data.customer("甲公司", CustomerStatus.BIG, false, "13800138000", "13900139000");
        long sameNumberElsewhere = data.customer("甲公司分部", CustomerStatus.SMALL, false, "13900139000");
        service.log(call(customer, "", at("2026-11-23T08:15"), CallOutcome.NO_ANSWER, "李娜"));
        service.log(call(sameNumberElsewhere, "139 0013 9000", at("2026-11-21T14:00"), CallOutcome.CONNECTED, "张三"));
        service.log(call(customer, "13800138000", at("2026-11-19T11:00"), CallOutcome.CONNECTED, "王伟"));

        List<CallWarning> warnings = service.warningsBeforeCall(customer, NOW);

        assertThat(warnings).extracting(CallWarning::caller, CallWarning::startedAt, CallWarning::today)
                .containsExactly(
                        tuple("李娜", at("2026-11-23T08:15"), true),
                        tuple("张三", at("2026-11-21T14:00"), false));
        assertThat(service.warningsBeforeCall("+86 139 0013 9000", NOW)).extracting(CallWarning::caller)
                .containsExactly("李娜", "张三");
        assertThat(service.warningsBeforeCall("13700137000", NOW)).isEmpty();
        assertThat(CallTexts.warning(warnings.get(0))).isEqualTo(CallTexts.WARNING_CALLED_TODAY);
    }

    @Test
    void theWarningDaysComeFromTheSettings() {
        data.settings.put(CallRules.WARN_DAYS, "0");
        CallLogService todayOnly = new CallLogService(data.calls, new PhoneNormalizer(),
                CallRules.from(data.settings), CLOCK, List.of());
        long customer = data.customer("甲公司", CustomerStatus.BIG, false, "13800138000");
        todayOnly.log(call(customer, "13800138000", at("2026-11-23T00:10"), CallOutcome.CONNECTED, "李娜"));
        todayOnly.log(call(customer, "13800138000", at("2026-11-22T23:50"), CallOutcome.CONNECTED, "张三"));

        assertThat(todayOnly.warningsBeforeCall(customer, NOW)).extracting(CallWarning::caller).containsExactly("李娜");
        assertThat(CallRules.from(data.settings).doubleSubmit()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theSameCallSubmittedTwiceKeepsOneRecord() {
        long customer = data.customer("甲公司", CustomerStatus.BIG, false, "13800138000");
        LoggedCall first = service.log(call(customer, "13800138000", at("2026-11-23T09:00:00"),
                CallOutcome.CONNECTED, "王伟"));

        LoggedCall again = service.log(call(customer, "138 0013 8000", at("2026-11-23T09:00:06"),
                CallOutcome.CONNECTED, "王伟"));
        LoggedCall sameUid = service.log(first.call().withId(null));
        LoggedCall later = service.log(call(customer, "13800138000", at("2026-11-23T09:00:30"),
                CallOutcome.CONNECTED, "王伟"));

        assertThat(again.duplicate()).isTrue();
        assertThat(again.call().id()).isEqualTo(first.call().id());
        assertThat(sameUid.duplicate()).isTrue();
        assertThat(later.duplicate()).isFalse();
        assertThat(service.callsOf(customer)).hasSize(2);
        assertThat(heard).hasSize(2);
    }

    @Test
    void updateKeepsTheCreationStampAndDropsAVisitDateWithoutOpportunity() {
        long customer = data.customer("甲公司", CustomerStatus.BIG, false);
        Call stored = service.log(call(customer, "", at("2026-11-23T09:00"), CallOutcome.CONNECTED, "王伟")).call();
        Call edited = new Call(stored.id(), stored.uid(), null, customer, null, "", null, null, stored.startedAt(),
                300, CallOutcome.CONNECTED, "  需要报价  ", null, false, LocalDate.of(2026, 12, 1), 4, "备注", "发资料",
                "王伟", stored.createdAt(), stored.updatedAt());

        Call saved = service.update(edited);

        Call read = data.calls.findById(stored.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.needs()).isEqualTo("需要报价");
        assertThat(read.proposedVisitDate()).isNull();
        assertThat(read.durationSeconds()).isEqualTo(300);
        assertThat(read.createdAt()).isEqualTo(NOW);
    }
}
