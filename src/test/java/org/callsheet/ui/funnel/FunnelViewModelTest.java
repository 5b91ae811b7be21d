package org.callsheet.ui.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.model.Customer;
import org.callsheet.model.Opportunity;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The funnel's model: the period's figures beside the previous period's, the owner filter, a stage opened. */
class FunnelViewModelTest {
    private final FunnelBackend backend = new FunnelBackend();
    private final StatusModel status = new StatusModel();
    private final List<String> opened = new ArrayList<>();

    @AfterEach
    void close() {
        backend.close();
    }

    private FunnelViewModel model() {
        return new FunnelViewModel(backend.tools.funnel(), new SameThreadTaskRunner(), status, backend.clock,
                (stage, from, to, owner) -> opened.add(stage + " " + from + " " + to + " " + owner));
    }

    @Test
    void comparesThePeriodWithThePeriodOfTheSameLengthBeforeIt() {
        Customer beijing = backend.customer("北京科技有限公司");
        backend.open(beijing, "earlier", "1000", Stage.QUOTE);
        backend.clock.advance(Duration.ofDays(10));
        Opportunity won = backend.open(beijing, "later", "3000", Stage.CONTRACT);
        backend.opportunities.win(won.id());
        Opportunity lost = backend.open(beijing, "later lost", "2000", Stage.OPPORTUNITY);
        backend.opportunities.lose(lost.id(), "budget");
        FunnelViewModel model = model();

        model.setPeriod(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 14));

        FunnelComparison shown = model.figuresProperty().get();
        FunnelFigures now = shown.current();
        assertThat(now.total()).isEqualTo(2);
        assertThat(now.won()).isEqualTo(1);
        assertThat(now.wonAmount()).isEqualByComparingTo("3000");
        assertThat(now.winRate()).isEqualByComparingTo("0.5");
        assertThat(now.lostReasons()).containsEntry("budget", 1L);
        assertThat(now.stages().get(Stage.INVOICE.ordinal()).reached()).isEqualTo(1);
        FunnelFigures before = shown.previous().orElseThrow();
        assertThat(shown.filter().previousPeriod().orElseThrow().from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(before.total()).isEqualTo(1);
        assertThat(before.weightedAmount()).isEqualByComparingTo("400.00");
        assertThat(now.weakestStep().orElseThrow().stage()).isEqualTo(Stage.OPPORTUNITY);
    }

    @Test
    void theOwnerFilterAndAStageClickedOpenTheOpportunitiesBehindIt() {
        Customer beijing = backend.customer("北京科技有限公司");
        backend.open(beijing, "mine", "1000", Stage.QUOTE);
        FunnelViewModel model = model();
        model.refresh();
        assertThat(model.figuresProperty().get().current().total()).isEqualTo(1);
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2025, 9, 3));

        model.ownerProperty().set("李强");
        assertThat(model.figuresProperty().get().current().total()).isZero();
        model.ownerProperty().set("王芳");
        model.openStage(Stage.QUOTE);

        assertThat(opened).containsExactly("QUOTE 2025-09-03 2026-03-02 王芳");
    }

    @Test
    void withoutBothEndsThereIsNoComparison() {
        FunnelViewModel model = model();
        model.setPeriod(null, null);
        assertThat(model.figuresProperty().get().previous()).isEmpty();

        model.setPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1));
        assertThat(status.messageProperty().get().key()).isEqualTo("funnel.message.periodBackwards");
    }
}
