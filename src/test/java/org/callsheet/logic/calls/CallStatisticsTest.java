package org.callsheet.logic.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.logic.calls.CallFixtures.CLOCK;
import static org.callsheet.logic.calls.CallFixtures.at;
import static org.callsheet.logic.calls.CallFixtures.call;
import static org.callsheet.logic.calls.CallFixtures.withDetails;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.CustomerStatus;
import org.callsheet.persistence.JooqCallTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallStatisticsTest {
    private final JooqCallTestData data = new JooqCallTestData();
    private final CallLogService log = new CallLogService(data.calls, new PhoneNormalizer(), CallRules.DEFAULTS,
            CLOCK, List.of());
    private final CallStatistics statistics = new CallStatistics(data.calls, CLOCK);
    private long a;
    private long b;

    @BeforeEach
    void calls() {
        a = data.customer("甲", CustomerStatus.BIG, false);
        b = data.customer("乙", CustomerStatus.SMALL, false);
        log.log(withDetails(call(a, "", at("2026-11-23T08:00"), CallOutcome.CONNECTED, "王伟"), 300, "", null, null));
        log.log(withDetails(call(b, "", at("2026-11-23T08:30"), CallOutcome.NO_ANSWER, "王伟"), 20, "", null, null));
        log.log(withDetails(call(b, "", at("2026-11-23T09:00"), CallOutcome.REFUSED, "李娜"), 60, "", null, null));
        log.log(withDetails(call(a, "", at("2026-11-23T09:30"), CallOutcome.BUSY, "王伟"), 0, "", null, null));
        log.log(withDetails(call(a, "", at("2026-11-22T23:59"), CallOutcome.CONNECTED, "王伟"), 600, "", null, null));
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void dayFiguresCountCallsConnectedRateAndTalkTime() {
        CallStatistics.DayFigures everyone = statistics.today("");
        assertThat(everyone.calls()).isEqualTo(4);
        assertThat(everyone.connected()).isEqualTo(2);
        assertThat(everyone.connectedRate()).isEqualTo(0.5);
        assertThat(everyone.talkTime()).isEqualTo(Duration.ofSeconds(360));
        assertThat(everyone.averageTalkTime()).isEqualTo(Duration.ofSeconds(180));

        CallStatistics.DayFigures wang = statistics.day(LocalDate.of(2026, 11, 23), "王伟");
        assertThat(wang.calls()).isEqualTo(3);
        assertThat(wang.connected()).isEqualTo(1);
        assertThat(statistics.day(LocalDate.of(2026, 11, 20), "").connectedRate()).isZero();
    }

    @Test
    void searchFiltersByDateRangeOutcomeRepAndCustomerNewestFirst() {
        LocalDate d22 = LocalDate.of(2026, 11, 22);
        LocalDate d23 = LocalDate.of(2026, 11, 23);
        assertThat(statistics.search(d22, d23, CallFilter.ALL)).extracting(Call::startedAt)
                .containsExactly(at("2026-11-23T09:30"), at("2026-11-23T09:00"), at("2026-11-23T08:30"),
                        at("2026-11-23T08:00"), at("2026-11-22T23:59"));
        assertThat(statistics.search(d22, d22, CallFilter.ALL)).hasSize(1);
        assertThat(statistics.search(d22, d23, CallFilter.ALL.withOutcomes(Set.of(CallOutcome.CONNECTED,
                CallOutcome.REFUSED)))).extracting(Call::outcome)
                .containsExactly(CallOutcome.REFUSED, CallOutcome.CONNECTED, CallOutcome.CONNECTED);
        assertThat(statistics.search(d22, d23, CallFilter.ALL.byCaller("李娜"))).extracting(Call::customerId)
                .containsExactly(b);
        assertThat(statistics.search(CallFilter.ALL.ofCustomer(b))).hasSize(2);
    }
}
