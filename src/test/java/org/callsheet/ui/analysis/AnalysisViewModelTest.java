package org.callsheet.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.callsheet.logic.classification.QuadrantMove;
import org.callsheet.logic.classification.TierSummary;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.testing.DeferredTaskRunner;
import org.junit.jupiter.api.Test;

class AnalysisViewModelTest {
    private final FakeAnalysisBackend backend = new FakeAnalysisBackend();
    private final List<CustomerFilter> opened = new ArrayList<>();
    private final AnalysisViewModel model = new AnalysisViewModel(backend, new SameThreadTaskRunner(), opened::add);

    @Test
    void startsAsOfTodayWithMovementOverTheLastSixMonths() {
        assertThat(model.asOfProperty().get()).isEqualTo(FakeAnalysisBackend.TODAY);
        assertThat(model.movementToProperty().get()).isEqualTo(FakeAnalysisBackend.TODAY);
        assertThat(model.movementFromProperty().get()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(model.dataProperty().get()).isNull();
    }

    @Test
    void refreshReadsPyramidSegmentsQuadrantsParetoAndLists() {
        model.refresh();

        AnalysisData data = model.dataProperty().get();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(data.lastRun()).map(AnalysisBackend.LastRun::asOf).contains(FakeAnalysisBackend.TODAY);
        assertThat(data.pyramid()).extracting(TierSummary::status, TierSummary::customers)
                .startsWith(org.assertj.core.groups.Tuple.tuple(CustomerStatus.SUPER, 1L));
        assertThat(data.pyramid().stream().filter(t -> t.status() == CustomerStatus.BIG).findFirst().orElseThrow()
                .revenueShare()).isEqualByComparingTo(new BigDecimal("0.3"));
        assertThat(data.segments()).extracting(s -> s.segment())
                .containsExactly(RfmSegment.IMPORTANT_VALUE, RfmSegment.GENERAL_RETAIN);
        assertThat(data.quadrants().points()).hasSize(3);
        assertThat(data.quadrants().averageOrderMedian()).isEqualByComparingTo("300");
        assertThat(data.quadrants().frequencyMedian()).isEqualByComparingTo("12");
        assertThat(data.pareto()).extracting(p -> p.revenueShare()).containsExactly(0.0, 0.8, 1.0);
        assertThat(data.churn()).extracting(r -> r.name()).containsExactly("北京科技有限公司");
        assertThat(data.potentialBig()).extracting(r -> r.customerId()).containsExactly(12L);
        assertThat(data.negativeValue()).isEmpty();
        assertThat(data.creditRisk()).as("long lists are cut to the first entries").hasSize(AnalysisData.LIST_LIMIT);
        assertThat(data.keyLost()).extracting(r -> r.detail().formerStatus()).containsExactly(CustomerStatus.SUPER);
    }

    @Test
    void aFailedReadSaysSoAndStopsLoading() {
        backend.failReading = true;

        model.refresh();

        assertThat(model.dataProperty().get()).isNull();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("analysis.message.loadFailed"));
    }

    @Test
    void reclassifiesAsOfTheChosenDateThenReadsTheNewResults() {
        List<Double> progress = new ArrayList<>();
        model.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        model.asOfProperty().set(LocalDate.of(2025, 12, 31));

        model.reclassify();

        assertThat(backend.reclassifiedAsOf).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(progress).contains(0.3, 1.0);
        assertThat(model.workingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("analysis.message.reclassified", 3L));
        assertThat(model.dataProperty().get().lastRun()).map(AnalysisBackend.LastRun::asOf)
                .contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aCancelledReclassificationSaysNothingChanged() {
        backend.cancelReclassification = true;

        model.reclassify();

        assertThat(backend.reclassifiedAsOf).isEmpty();
        assertThat(model.dataProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("analysis.message.cancelled"));
    }

    @Test
    void cancelStopsTheRunningReclassification() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        AnalysisViewModel deferred = new AnalysisViewModel(backend, runner, opened::add);
        deferred.reclassify();
        assertThat(deferred.workingProperty().get()).isTrue();

        deferred.cancel();
        runner.runAll();

        assertThat(backend.reclassifiedAsOf).isEmpty();
        assertThat(deferred.workingProperty().get()).isFalse();
        assertThat(deferred.messageProperty().get()).isEqualTo(UserMessage.of("analysis.message.cancelled"));
    }

    @Test
    void movementStoresMissingSnapshotsAndListsOnlyRealMoves() {
        model.movementFromProperty().set(LocalDate.of(2025, 6, 30));

        model.showMovement();

        assertThat(backend.snapshots).containsExactly(FakeAnalysisBackend.TODAY, LocalDate.of(2025, 6, 30));
        assertThat(model.movement()).extracting(QuadrantMove::from, QuadrantMove::to, QuadrantMove::customers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ValueQuadrant.POTENTIAL, ValueQuadrant.LOW_VALUE, 7L),
                        org.assertj.core.groups.Tuple.tuple(ValueQuadrant.LOW_VALUE, ValueQuadrant.HIGH_VALUE, 2L));
    }

    @Test
    void drillDownOpensTheCustomerBookFilteredToTheCellOrEntry() {
        model.openTier(CustomerStatus.BIG);
        model.openSegment(RfmSegment.IMPORTANT_RETAIN);
        model.openQuadrant(ValueQuadrant.FREQUENT_SMALL);
        model.openChurnWarnings();
        model.openCustomer(11);

        assertThat(opened.get(0).statuses()).isEqualTo(Set.of(CustomerStatus.BIG));
        assertThat(opened.get(0).byClassification()).isFalse();
        assertThat(opened.get(1).segment()).isEqualTo(RfmSegment.IMPORTANT_RETAIN);
        assertThat(opened.get(1).statuses()).isEmpty();
        assertThat(opened.get(2).quadrant()).isEqualTo(ValueQuadrant.FREQUENT_SMALL);
        assertThat(opened.get(3).churnWarning()).isTrue();
        assertThat(opened.get(4).customerId()).isEqualTo(11L);
        assertThat(opened).noneMatch(CustomerFilter::isAll);
    }

    @Test
    void aManualStatusNeedsAReasonAndIsListedUntilCleared() {
        assertThat(model.setOverride(11, CustomerStatus.OTHER, "  ")).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("analysis.message.reasonNeeded"));
        assertThat(backend.overrides).isEmpty();

        assertThat(model.setOverride(11, CustomerStatus.OTHER, " 已转行，不再需要 ")).isTrue();

        assertThat(model.dataProperty().get().overrides()).singleElement().satisfies(ref -> {
            assertThat(ref.customerId()).isEqualTo(11L);
            assertThat(ref.detail().status()).isEqualTo(CustomerStatus.OTHER);
            assertThat(ref.detail().reason()).isEqualTo("已转行，不再需要");
        });
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("analysis.message.overridden"));

        model.clearOverride(11);

        assertThat(model.dataProperty().get().overrides()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("analysis.message.overrideCleared"));
    }
}
