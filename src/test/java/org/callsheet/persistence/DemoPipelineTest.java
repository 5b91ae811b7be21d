package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;
import org.callsheet.logic.demo.DemoPipeline;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.funnel.FunnelFilter;
import org.callsheet.logic.funnel.FunnelService;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.logic.funnel.OpportunityRow;
import org.callsheet.logic.funnel.StageFigures;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.junit.jupiter.api.Test;

class DemoPipelineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final List<String> REPS = List.of("李娜", "王伟", "张敏");

    private static List<OpportunityRow> pipeline(FunnelTestData data, long seed) {
        long[] ids = LongStream.range(0, 1_000).map(i -> data.customer("客户" + i)).toArray();
        int written = new DemoPipeline(data.opportunities, CLOCK).generate(ids, seed, REPS);
        assertThat(written).isEqualTo(200);
        return data.opportunities.search(OpportunityFilter.all());
    }

    @Test
    void theSameSeedGivesTheSamePipeline() {
        try (FunnelTestData first = new FunnelTestData(); FunnelTestData second = new FunnelTestData()) {
            List<Opportunity> a = pipeline(first, 42).stream().map(OpportunityRow::opportunity).toList();
            List<Opportunity> b = pipeline(second, 42).stream().map(OpportunityRow::opportunity).toList();
            assertThat(a).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "customerId")
                    .isEqualTo(b);
        }
    }

    @Test
    void aRealisticFunnelWithWinsLossesSkipsAndOpenOnesAndNothingInTheFuture() {
        try (FunnelTestData data = new FunnelTestData()) {
            List<Opportunity> all = pipeline(data, 7).stream().map(OpportunityRow::opportunity).toList();
            FunnelFigures f = new FunnelService(data.opportunities, CLOCK.getZone()).figures(FunnelFilter.everything());

            assertThat(f.total()).isEqualTo(200);
            assertThat(f.won()).isPositive();
            assertThat(f.lost()).isPositive();
            assertThat(f.open()).isPositive();
            assertThat(f.stages()).extracting(StageFigures::reached).isSortedAccordingTo((x, y) -> Long.compare(y, x));
            assertThat(f.stages().get(Stage.LEAD.ordinal()).reached())
                    .isGreaterThan(2 * f.stages().get(Stage.INVOICE.ordinal()).reached());
            assertThat(all).anySatisfy(o -> assertThat(o.stageDates().at(Stage.LEAD)).isNull());
            assertThat(all).allSatisfy(o -> {
                assertThat(o.createdAt()).isBefore(CLOCK.instant());
                assertThat(o.state().stageSince()).isBefore(CLOCK.instant());
                if (o.state().status() == OpportunityStatus.LOST) {
                    assertThat(o.state().lostReason()).isNotBlank();
                }
                assertThat(data.opportunities.history(o.id())).isNotEmpty();
            });
        }
    }
}
