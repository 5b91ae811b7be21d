package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.callsheet.logic.visits.VisitCandidate;
import org.callsheet.logic.visits.VisitCandidates;
import org.callsheet.logic.visits.VisitRules;
import org.callsheet.logic.visits.VisitService;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;
import org.callsheet.model.VisitOutcome;
import org.callsheet.model.VisitReason;
import org.callsheet.model.VisitReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Candidates for a day's visits, from calls, follow-ups, visits and tiers stored in H2. */
class VisitCandidatesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final Clock CLOCK = Clock.fixed(MONDAY.atTime(8, 0).atZone(ZONE).toInstant(), ZONE);

    private final JooqCallTestData data = new JooqCallTestData();
    private final VisitService visits = new VisitService(data.visits, CLOCK);
    private Set<Long> churning = Set.of();
    private Set<Long> potentialBig = Set.of();
    private final VisitCandidates candidates = new VisitCandidates(data.followUps, data.visitFacts(ZONE), data.facts,
            data.visits, () -> churning, () -> potentialBig, () -> new VisitRules(Map.of(CustomerStatus.SUPER, 30)),
            ZONE);

    @AfterEach
    void close() {
        data.close();
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }

    private void call(long customer, LocalDateTime when, boolean opportunity, LocalDate visitOn, Integer interest,
                      String needs) {
        Instant start = when.atZone(ZONE).toInstant();
        data.calls.insert(new Call(null, UUID.randomUUID().toString(), null, customer, null, "", "", null, start, 60,
                CallOutcome.CONNECTED, needs, null, opportunity, visitOn, interest, "", "", "王伟", start, start, null));
    }

    private void visitFollowUp(long customer, LocalDate due, String note) {
        Instant stamp = CLOCK.instant();
        data.followUps.insert(new FollowUp(null, UUID.randomUUID().toString(), customer, null, FollowUpKind.VISIT,
                at(due, 10), FollowUpStatus.OPEN, null, null, note, null, stamp, stamp));
    }

    @Test
    void everyReasonIsFoundOnceAndTheClearestIntentComesFirst() {
        long followUp = data.customer("跟进公司", CustomerStatus.SMALL, false);
        long opportunity = data.customer("机会公司", CustomerStatus.PROSPECT, false);
        long later = data.customer("以后再说", CustomerStatus.PROSPECT, false);
        long superDue = data.customer("超大客户", CustomerStatus.SUPER, false);
        long superVisited = data.customer("刚拜访过", CustomerStatus.SUPER, false);
        long churn = data.customer("流失预警", CustomerStatus.BIG, false);
        long byHand = data.customer("手动加入", CustomerStatus.MEDIUM, false);
        long noNeed = data.customer("不需要", CustomerStatus.SMALL, true);
        visitFollowUp(followUp, MONDAY.minusDays(1), "送合同");
        visitFollowUp(noNeed, MONDAY, "");
        call(opportunity, MONDAY.minusDays(3).atTime(10, 0), true, MONDAY, 5, "要报价");
        call(later, MONDAY.minusDays(3).atTime(11, 0), true, MONDAY.plusDays(10), 5, "");
        call(followUp, MONDAY.minusDays(5).atTime(11, 0), false, null, 3, "");
        var done = visits.plan(superVisited, MONDAY.minusDays(10), VisitReason.KEY_CUSTOMER_DUE, "");
        visits.log(done.id(), new VisitReport(at(MONDAY.minusDays(10), 11), VisitOutcome.MET, "", "", ""));
        churning = Set.of(churn, followUp);
        potentialBig = Set.of(churn);
        visits.plan(byHand, MONDAY, VisitReason.ADDED_BY_HAND, "顺路");

        List<VisitCandidate> list = candidates.forDay(MONDAY);
        assertThat(list).extracting(VisitCandidate::customerId)
                .containsExactly(opportunity, followUp, churn, superDue, byHand);
        assertThat(list).extracting(VisitCandidate::reason).containsExactly(VisitReason.CALL_OPPORTUNITY,
                VisitReason.FOLLOW_UP_DUE, VisitReason.CHURN_WARNING, VisitReason.KEY_CUSTOMER_DUE,
                VisitReason.ADDED_BY_HAND);
        VisitCandidate first = list.getFirst();
        assertThat(first.interestLevel()).isEqualTo(5);
        assertThat(first.wantedOn()).contains(MONDAY);
        assertThat(first.detail()).isEqualTo("要报价");
        assertThat(list.get(1).detail()).isEqualTo("送合同");
        assertThat(list.get(2).potentialBig()).isTrue();
    }

    @Test
    void aLoggedVisitClosesTheOpportunityOfEarlierCalls() {
        long customer = data.customer("机会公司", CustomerStatus.PROSPECT, false);
        call(customer, MONDAY.minusDays(3).atTime(10, 0), true, null, 4, "");
        assertThat(candidates.forDay(MONDAY)).hasSize(1);
        var visit = visits.plan(customer, MONDAY.minusDays(1), VisitReason.CALL_OPPORTUNITY, "");
        visits.log(visit.id(), new VisitReport(at(MONDAY.minusDays(1), 15), VisitOutcome.NOT_MET, "", "", ""));
        assertThat(candidates.forDay(MONDAY)).isEmpty();
    }
}
