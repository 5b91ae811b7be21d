package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.callsheet.logic.funnel.OpportunityService;
import org.callsheet.logic.sheets.profile.ProfileDealings;
import org.callsheet.logic.sheets.profile.StoredDealings;
import org.callsheet.logic.visits.VisitService;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReason;
import org.junit.jupiter.api.Test;

/** A profile sheet's visits and open opportunities as read from the stored ones. */
class StoredDealingsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void theLatestVisitsNewestFirstAndOnlyTheOpenOpportunitiesSoonestCloseFirst() {
        try (FunnelTestData data = new FunnelTestData()) {
            long customer = data.customer("甲公司");
            long other = data.customer("乙公司");
            JooqVisitRepository visitStore = new JooqVisitRepository(data.database().dsl());
            VisitService visits = new VisitService(visitStore, CLOCK);
            for (int i = 0; i < 7; i++) {
                visits.plan(customer, TODAY.minusDays(10L * i), VisitReason.ADDED_BY_HAND, "第" + i + "次");
            }
            visits.plan(other, TODAY, VisitReason.ADDED_BY_HAND, "别人的");
            OpportunityService deals = data.service(CLOCK, "王伟");
            Opportunity late = deals.open(customer, terms("年度采购", TODAY.plusDays(90)), Stage.QUOTE);
            Opportunity undated = deals.open(customer, terms("维保服务", null), Stage.LEAD);
            Opportunity soon = deals.open(customer, terms("备品备件", TODAY.plusDays(5)), Stage.NEGOTIATION);
            Opportunity won = deals.open(customer, terms("设备升级", TODAY.plusDays(1)), Stage.PAYMENT);
            deals.win(won.id());
            deals.open(other, terms("别人的商机", TODAY), Stage.LEAD);

            ProfileDealings read = new StoredDealings(visitStore, data.opportunities).apply(customer);

            assertThat(read.visitCount()).isEqualTo(7);
            assertThat(read.visits()).hasSize(ProfileDealings.VISITS_SHOWN).extracting(Visit::purpose)
                    .containsExactly("第0次", "第1次", "第2次", "第3次", "第4次");
            assertThat(read.openOpportunities()).extracting(Opportunity::id)
                    .containsExactly(soon.id(), late.id(), undated.id());
        }
    }

    private static OpportunityTerms terms(String title, LocalDate close) {
        return new OpportunityTerms(title, new BigDecimal("10000.00"), "王伟", OpportunitySource.CALL, close, "", "");
    }
}
