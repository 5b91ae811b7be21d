package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.callsheet.logic.calls.CallFilter;
import org.callsheet.logic.calls.ContactHistory;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.CustomerStatus;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqCallRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private final JooqCallTestData data = new JooqCallTestData();
    private final JooqCallRepository repo = data.calls;

    @AfterEach
    void close() {
        data.close();
    }

    private static Call call(long customerId, Long contactId, String digits, Instant start, CallOutcome outcome,
                             String needs, String caller) {
        return new Call(null, UUID.randomUUID().toString(), null, customerId, contactId, digits, digits,
                CallDirection.OUTGOING, start, 90, outcome, needs, null, false, null, null, null, null, caller,
                T0, T0);
    }

    @Test
    void storesAndReadsBackEveryField() {
        long customer = data.customer("甲公司", CustomerStatus.BIG, false, "13800138000");
        long contact = data.firstContactOf(customer);
        Call full = new Call(null, UUID.randomUUID().toString(), "EXT-1", customer, contact, "138 0013 8000",
                "13800138000", CallDirection.INCOMING, T0, 245, CallOutcome.CALL_BACK_LATER, "需要报价单",
                Attitude.POSITIVE, true, LocalDate.of(2026, 11, 30), 4, "客户在开会", "周五再打", "王伟",
                T0, T0.plusSeconds(5));

        Call stored = repo.insert(full);

        assertThat(stored.id()).isNotNull();
        assertThat(repo.findById(stored.id())).contains(stored);
        assertThat(repo.findByUid(full.uid())).contains(stored);
        assertThat(repo.findById(stored.id() + 1)).isEmpty();

        Call edited = stored.withNumber("010-65529988", "01065529988");
        repo.update(edited);
        assertThat(repo.findById(stored.id())).contains(edited);
    }

    @Test
    void keepsTheOwnOutcomeOfACallAndDeletingACallRecomputesLastContactAndAttempt() {
        long customer = data.customer("乙公司", CustomerStatus.BIG, false, "13800138000");
        Call early = repo.insert(call(customer, null, "13800138000", T0, CallOutcome.CONNECTED, null, "王伟"));
        Call base = call(customer, null, "13800138000", T0.plusSeconds(3600), CallOutcome.OTHER_CONNECTED, null, "王伟");
        Call own = repo.insert(new Call(null, base.uid(), null, customer, null, base.numberInput(), base.numberDigits(),
                base.direction(), base.startedAt(), 60, base.outcome(), null, null, false, null, null, null, null,
                "王伟", T0, T0, "c1"));
        Call attempt = repo.insert(call(customer, null, "13800138000", T0.plusSeconds(7200), CallOutcome.NO_ANSWER,
                null, "王伟"));

        assertThat(repo.findById(own.id())).get().satisfies(c -> {
            assertThat(c.customOutcome()).isEqualTo("c1");
            assertThat(c.connected()).isTrue();
        });
        assertThat(repo.historyOf(customer).lastContact()).isEqualTo(own.startedAt());
        assertThat(repo.historyOf(customer).lastAttempt()).isEqualTo(attempt.startedAt());

        assertThat(repo.delete(own.id())).isTrue();
        assertThat(repo.delete(attempt.id())).isTrue();
        assertThat(repo.delete(attempt.id())).isFalse();

        assertThat(repo.findById(own.id())).isEmpty();
        assertThat(repo.historyOf(customer).lastContact()).isEqualTo(early.startedAt());
        assertThat(repo.historyOf(customer).lastAttempt()).isEqualTo(early.startedAt());
    }

    @Test
    void searchesByTimeCustomerOutcomeAndCallerNewestFirst() {
        long a = data.customer("甲", CustomerStatus.BIG, false);
        long b = data.customer("乙", CustomerStatus.BIG, false);
        Call first = repo.insert(call(a, null, "", T0, CallOutcome.CONNECTED, "", "王伟"));
        Call second = repo.insert(call(b, null, "", T0.plusSeconds(60), CallOutcome.BUSY, "", "李娜"));
        Call third = repo.insert(call(a, null, "", T0.plusSeconds(120), CallOutcome.NO_ANSWER, "", "王伟"));

        assertThat(repo.search(CallFilter.ALL)).containsExactly(third, second, first);
        assertThat(repo.search(CallFilter.ALL.between(T0.plusSeconds(60), T0.plusSeconds(120))))
                .containsExactly(second);
        assertThat(repo.search(CallFilter.ALL.ofCustomer(a))).containsExactly(third, first);
        assertThat(repo.search(CallFilter.ALL.withOutcomes(Set.of(CallOutcome.BUSY, CallOutcome.CONNECTED))))
                .containsExactly(second, first);
        assertThat(repo.search(CallFilter.ALL.byCaller("王伟").ofCustomer(b))).isEmpty();
    }

    @Test
    void findsCallsByCustomerOrNumberAndCustomersByTheirContactsNumbers() {
        long a = data.customer("甲", CustomerStatus.BIG, false, "13800138000", "13900139000");
        long b = data.customer("乙", CustomerStatus.BIG, false, "13900139000");
        Call toA = repo.insert(call(a, null, "", T0, CallOutcome.CONNECTED, "", "王伟"));
        Call toNumber = repo.insert(call(b, null, "13900139000", T0.plusSeconds(60), CallOutcome.CONNECTED, "", "李娜"));
        repo.insert(call(b, null, "13700137000", T0.plusSeconds(90), CallOutcome.CONNECTED, "", "李娜"));
        repo.insert(call(a, null, "", T0.minusSeconds(3600), CallOutcome.CONNECTED, "", "王伟"));

        assertThat(repo.callsToCustomersOrNumbers(List.of(a), List.of("13900139000"), T0.minusSeconds(1)))
                .containsExactly(toNumber, toA);
        assertThat(repo.callsToCustomersOrNumbers(List.of(), List.of(), T0)).isEmpty();
        assertThat(repo.customersWithNumber("13900139000")).containsExactly(a, b);
        assertThat(repo.customersWithNumber("")).isEmpty();
        assertThat(repo.numbersOf(a)).containsExactly("13800138000", "13900139000");
        assertThat(repo.customerExists(a)).isTrue();
        assertThat(repo.customerExists(a + b + 100)).isFalse();
    }

    @Test
    void historiesSeparateLastContactFromLastAttemptAndNeedsComeFromTheNewestCall() {
        long a = data.customer("甲", CustomerStatus.BIG, false);
        long b = data.customer("乙", CustomerStatus.BIG, false);
        repo.insert(call(a, null, "", T0, CallOutcome.CONNECTED, "要样品", "王伟"));
        repo.insert(call(a, null, "", T0.plusSeconds(600), CallOutcome.REFUSED, "要报价", "王伟"));
        repo.insert(call(a, null, "", T0.plusSeconds(900), CallOutcome.NO_ANSWER, "", "王伟"));
        repo.insert(call(b, null, "", T0, CallOutcome.VOICEMAIL, "", "王伟"));

        assertThat(repo.historyOf(a)).isEqualTo(new ContactHistory(a, T0.plusSeconds(600), T0.plusSeconds(900)));
        assertThat(repo.histories()).containsOnlyKeys(a, b);
        assertThat(repo.histories().get(b)).isEqualTo(new ContactHistory(b, null, T0));
        assertThat(repo.historyOf(a + b + 100).lastAttemptOpt()).isEmpty();
        assertThat(repo.latestCallsWithNeeds()).containsOnlyKeys(a);
        assertThat(repo.latestCallsWithNeeds().get(a).needs()).isEqualTo("要报价");
    }

    @Test
    void deletingAContactKeepsItsCallsAndDeletingTheCustomerRemovesThem() {
        long a = data.customer("甲", CustomerStatus.BIG, false, "13800138000");
        long contact = data.firstContactOf(a);
        Call c = repo.insert(call(a, contact, "13800138000", T0, CallOutcome.CONNECTED, "", "王伟"));
        var customer = data.customers.findById(a).orElseThrow();

        data.customers.update(customer, List.of(), "王芳");
        assertThat(repo.findById(c.id()).orElseThrow().contactId()).isNull();

        data.deleteCustomer(a);
        assertThat(repo.findById(c.id())).isEmpty();
    }

    @Test
    void theDatabaseRefusesANegativeDurationOrAnInterestOutsideOneToFive() {
        long a = data.customer("甲", CustomerStatus.BIG, false);
        Call negative = new Call(null, UUID.randomUUID().toString(), null, a, null, "", "", null, T0, -1,
                CallOutcome.CONNECTED, null, null, false, null, null, null, null, "王伟", T0, T0);
        Call tooKeen = new Call(null, UUID.randomUUID().toString(), null, a, null, "", "", null, T0, 1,
                CallOutcome.CONNECTED, null, null, false, null, 6, null, null, "王伟", T0, T0);

        assertThatThrownBy(() -> repo.insert(negative)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> repo.insert(tooKeen)).isInstanceOf(DataAccessException.class);
        assertThat(repo.search(CallFilter.ALL)).isEmpty();
    }
}
