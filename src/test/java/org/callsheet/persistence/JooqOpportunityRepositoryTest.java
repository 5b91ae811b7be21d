package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.funnel.FunnelEntry;
import org.callsheet.logic.funnel.OpportunityException;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.logic.funnel.OpportunityProblem;
import org.callsheet.logic.funnel.OpportunityService;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqOpportunityRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final FunnelTestData data = new FunnelTestData();
    private final MutableClock clock = new MutableClock(T0);
    private final OpportunityService service = data.service(clock, "李娜");

    @AfterEach
    void close() {
        data.close();
    }

    private static OpportunityTerms terms(String title, String amount) {
        return new OpportunityTerms(title, new BigDecimal(amount), "", OpportunitySource.CALL,
                LocalDate.of(2026, 12, 31), "发方案", "老板感兴趣");
    }

    @Test
    void opensAnOpportunityAtTheStageWithItsDefaultProbabilityAndStoresEveryField() {
        long customer = data.customer("甲公司");

        Opportunity opened = service.open(customer, terms("年度耗材", "120000.50"), Stage.OPPORTUNITY);

        Opportunity stored = data.opportunities.findById(opened.id()).orElseThrow();
        assertThat(stored).isEqualTo(opened);
        assertThat(stored.terms().owner()).isEqualTo("李娜");
        assertThat(stored.state().probability()).isEqualTo(20);
        assertThat(stored.stageDates().at(Stage.OPPORTUNITY)).isEqualTo(T0);
        assertThat(stored.stageDates().at(Stage.LEAD)).isNull();
        assertThat(data.opportunities.findByUid(opened.uid())).contains(stored);
        assertThat(data.opportunities.history(opened.id())).containsExactly(new OpportunityChange(opened.id(), T0,
                "李娜", null, Stage.OPPORTUNITY, null, new BigDecimal("120000.50"), null, LocalDate.of(2026, 12, 31),
                OpportunityStatus.OPEN));
    }

    @Test
    void everyChangeOfStageAmountOrCloseIsKeptWithWhenWhoAndTheAmountThen() {
        long customer = data.customer("乙公司");
        Opportunity o = service.open(customer, terms("服务器", "50000"), Stage.LEAD);
        clock.advanceDays(3);
        service.moveTo(o.id(), Stage.QUOTE);
        clock.advanceDays(2);
        Opportunity quoted = data.opportunities.findById(o.id()).orElseThrow();
        service.revise(o.id(), terms("服务器", "64000").withExpectedClose(LocalDate.of(2027, 1, 15)), quoted.stage(),
                quoted.state().probability());
        clock.advanceDays(1);
        service.moveTo(o.id(), Stage.OPPORTUNITY);
        clock.advanceDays(4);
        service.lose(o.id(), "price");

        List<OpportunityChange> history = data.opportunities.history(o.id());
        assertThat(history).extracting(OpportunityChange::fromStage, OpportunityChange::toStage,
                OpportunityChange::amount, OpportunityChange::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, Stage.LEAD, new BigDecimal("50000.00"), OpportunityStatus.OPEN),
                org.assertj.core.groups.Tuple.tuple(Stage.LEAD, Stage.QUOTE, new BigDecimal("50000.00"), OpportunityStatus.OPEN),
                org.assertj.core.groups.Tuple.tuple(Stage.QUOTE, Stage.QUOTE, new BigDecimal("64000.00"), OpportunityStatus.OPEN),
                org.assertj.core.groups.Tuple.tuple(Stage.QUOTE, Stage.OPPORTUNITY, new BigDecimal("64000.00"), OpportunityStatus.OPEN),
                org.assertj.core.groups.Tuple.tuple(Stage.OPPORTUNITY, Stage.OPPORTUNITY, new BigDecimal("64000.00"), OpportunityStatus.LOST));
        assertThat(history.get(2).fromAmount()).isEqualByComparingTo("50000");
        assertThat(history.get(2).fromClose()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(history.get(2).toClose()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(history).extracting(OpportunityChange::by).containsOnly("李娜");
        assertThat(history.get(4).at()).isEqualTo(T0.plus(java.time.Duration.ofDays(10)));

        Opportunity lost = data.opportunities.findById(o.id()).orElseThrow();
        assertThat(lost.state().status()).isEqualTo(OpportunityStatus.LOST);
        assertThat(lost.state().lostReason()).isEqualTo("price");
        assertThat(lost.stageDates().at(Stage.QUOTE)).isEqualTo(T0.plus(java.time.Duration.ofDays(3)));
        assertThat(lost.stageDates().at(Stage.OPPORTUNITY)).isEqualTo(T0.plus(java.time.Duration.ofDays(6)));
    }

    @Test
    void aDialogSaveOfTermsStageAndProbabilityIsOneWriteWithOneHistoryEntry() {
        long customer = data.customer("丁公司");
        Opportunity o = service.open(customer, terms("网络设备", "30000"), Stage.LEAD, 15);
        assertThat(o.state().probability()).isEqualTo(15);
        assertThat(data.opportunities.history(o.id())).hasSize(1);
        clock.advanceDays(2);

        Opportunity revised = service.revise(o.id(), terms("网络设备", "36000"), Stage.QUOTE, 55);

        Opportunity stored = data.opportunities.findById(o.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(revised.state());
        assertThat(stored.terms().amount()).isEqualByComparingTo("36000");
        assertThat(revised.stage()).isEqualTo(Stage.QUOTE);
        assertThat(revised.state().probability()).isEqualTo(55);
        assertThat(revised.stageDates().at(Stage.QUOTE)).isEqualTo(T0.plus(java.time.Duration.ofDays(2)));
        assertThat(data.opportunities.history(o.id())).hasSize(2).last().satisfies(change -> {
            assertThat(change.fromStage()).isEqualTo(Stage.LEAD);
            assertThat(change.toStage()).isEqualTo(Stage.QUOTE);
            assertThat(change.fromAmount()).isEqualByComparingTo("30000");
            assertThat(change.amount()).isEqualByComparingTo("36000");
        });
        assertThat(service.revise(o.id(), stored.terms(), Stage.QUOTE, 55)).as("nothing changed, nothing written")
                .isEqualTo(stored);
        assertThat(data.opportunities.history(o.id())).hasSize(2);
    }

    @Test
    void aLostOpportunityNeedsAReasonAndAClosedOneCannotMove() {
        long customer = data.customer("丙公司");
        Opportunity o = service.open(customer, terms("打印机", "8000"), Stage.LEAD);

        assertThatThrownBy(() -> service.lose(o.id(), " ")).isInstanceOf(OpportunityException.class)
                .extracting(e -> ((OpportunityException) e).problem()).isEqualTo(OpportunityProblem.LOST_REASON_REQUIRED);
        service.win(o.id());
        assertThatThrownBy(() -> service.moveTo(o.id(), Stage.QUOTE)).isInstanceOf(OpportunityException.class)
                .extracting(e -> ((OpportunityException) e).problem()).isEqualTo(OpportunityProblem.CLOSED);

        Opportunity won = data.opportunities.findById(o.id()).orElseThrow();
        assertThat(won.stage()).isEqualTo(Stage.INVOICE);
        assertThat(won.state().closedAt()).isEqualTo(T0);
        assertThat(data.opportunities.history(o.id())).hasSize(2);
    }

    @Test
    void searchFindsByCustomerStageStatusOwnerAndText() {
        long a = data.customer("甲公司");
        long b = data.customer("乙贸易");
        Opportunity first = service.open(a, terms("年度耗材", "1000"), Stage.LEAD);
        clock.advanceDays(1);
        Opportunity second = service.open(b, terms("服务器", "2000"), Stage.QUOTE);

        assertThat(data.opportunities.search(OpportunityFilter.ofCustomer(a)))
                .extracting(r -> r.opportunity().id()).containsExactly(first.id());
        assertThat(data.opportunities.search(OpportunityFilter.all()))
                .extracting(r -> r.opportunity().id()).containsExactly(second.id(), first.id());
        assertThat(data.opportunities.search(new OpportunityFilter(null, Stage.QUOTE, OpportunityStatus.OPEN, "李娜",
                null, null, null))).extracting(r -> r.customerName()).containsExactly("乙贸易");
        assertThat(data.opportunities.search(new OpportunityFilter(null, null, null, null, null, null, "贸易")))
                .hasSize(1);
        assertThat(data.opportunities.search(new OpportunityFilter(null, null, null, "王伟", null, null, null)))
                .isEmpty();
    }

    @Test
    void funnelEntriesCarryTheStageDatesAndStatus() {
        long a = data.customer("甲公司");
        Opportunity o = service.open(a, terms("年度耗材", "1000"), Stage.LEAD);
        clock.advanceDays(2);
        service.moveTo(o.id(), Stage.CONTRACT);
        service.lose(o.id(), "competitor");

        List<FunnelEntry> entries = new ArrayList<>();
        data.opportunities.forEachFunnelEntry(entries::add);

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(OpportunityStatus.LOST);
            assertThat(e.furthest()).isEqualTo(Stage.CONTRACT);
            assertThat(e.lostReason()).isEqualTo("competitor");
            assertThat(e.owner()).isEqualTo("李娜");
            assertThat(e.dates().at(Stage.LEAD)).isEqualTo(T0);
            assertThat(e.createdAt().atZone(SHANGHAI).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        });
    }

    @Test
    void deletingTheCustomerRemovesItsOpportunitiesAndHistory() {
        long a = data.customer("甲公司");
        Opportunity o = service.open(a, terms("年度耗材", "1000"), Stage.LEAD);

        data.customers.delete(a);

        assertThat(data.opportunities.findById(o.id())).isEmpty();
        assertThat(data.opportunities.history(o.id())).isEmpty();
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advanceDays(int days) {
            now = now.plus(java.time.Duration.ofDays(days));
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
