package org.callsheet.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitOutcome;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VisitsViewModelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private final MemoryVisitsBackend backend = new MemoryVisitsBackend(VisitFixtures.shanghai());
    private final VisitsViewModel model = new VisitsViewModel(backend, new SameThreadTaskRunner());

    @BeforeEach
    void load() {
        model.load();
    }

    @Test
    void loadsTheDaysCandidatesByAreaAndListsThoseWithoutAPlace() {
        assertThat(model.dayProperty().get()).isEqualTo(DAY);
        assertThat(model.candidates()).hasSize(5);
        assertThat(model.shownCandidates()).hasSize(5);
        assertThat(model.unlocated()).extracting(c -> c.visit().customer().name()).containsExactly("无址公司");
        AreaNode shanghai = model.areas().getFirst();
        assertThat(shanghai.name()).isEqualTo("上海市");
        assertThat(shanghai.count()).isEqualTo(5);
        AreaNode city = shanghai.children().getFirst();
        assertThat(city.children()).extracting(AreaNode::name, AreaNode::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("浦东新区", 3),
                        org.assertj.core.groups.Tuple.tuple("黄浦区", 2));
    }

    @Test
    void choosingADistrictShowsItsCandidatesInTheSeedsOrder() {
        AreaNode huangpu = model.areas().getFirst().children().getFirst().children().get(1);
        model.choose(huangpu, false);
        assertThat(model.shownCandidates()).extracting(c -> c.customerId()).containsExactly(4L, 5L);
        model.choose(model.areas().getFirst().children().getFirst().children().getFirst(), true);
        assertThat(model.shownCandidates()).hasSize(5);
    }

    @Test
    void proposesTheMostValuableDistrictWithItsNeighboursWithinReach() {
        model.proposeArea();
        // 浦东新区 is worth most; 黄浦区's candidates are within reach of it (about 7 km)
        assertThat(model.chosenDistricts()).containsExactlyInAnyOrder("上海市/上海市/浦东新区", "上海市/上海市/黄浦区");
    }

    @Test
    void savingStoresTheRouteWithArrivalsAndReloadingShowsIt() {
        model.choose(model.areas().getFirst().children().getFirst().children().getFirst(), false);
        model.addShown();
        assertThat(model.shownCandidates()).isEmpty();
        model.plan().setAppointment(2, LocalTime.of(15, 0));
        model.save();
        List<Visit> stored = backend.visits.onDay(DAY);
        assertThat(stored).extracting(v -> v.slot().sequence()).containsExactly(1, 2, 3);
        assertThat(stored.getFirst().slot().plannedArrival()).isEqualTo(LocalTime.of(9, 0));
        assertThat(stored.get(2).slot().appointment()).isTrue();
        assertThat(stored.get(2).slot().plannedArrival()).isEqualTo(LocalTime.of(15, 0));
        assertThat(model.plan().stops()).allMatch(s -> s.visitId() != null);

        VisitsViewModel again = new VisitsViewModel(backend, new SameThreadTaskRunner());
        again.load();
        assertThat(again.plan().stops()).extracting(PlanStop::customerId)
                .containsExactlyElementsOf(model.plan().stops().stream().map(PlanStop::customerId).toList());
        assertThat(again.plan().stops().get(2).appointment()).isEqualTo(LocalTime.of(15, 0));
        assertThat(again.candidates()).hasSize(2);
    }

    @Test
    void loggingAVisitNeedsASavedPlanThenStoresTheReportAndTheFollowUp() {
        model.addToPlan(List.of(model.candidates().getFirst()));
        model.logVisit(0, VisitOutcome.MET, "两台设备", "见到采购", "报价", Optional.of(DAY.plusDays(3)));
        assertThat(model.messageProperty().get().key()).isEqualTo("visits.message.saveFirst");
        model.save();
        model.logVisit(0, VisitOutcome.MET, "两台设备", "见到采购", "报价", Optional.of(DAY.plusDays(3)));
        Visit logged = backend.visits.onDay(DAY).getFirst();
        assertThat(logged.report()).isPresent();
        assertThat(logged.report().get().needs()).isEqualTo("两台设备");
        assertThat(model.plan().stops().getFirst().report()).isNotNull();
        assertThat(backend.tally(DAY)).isEqualTo(new org.callsheet.logic.visits.VisitTally(1, 1));
        assertThat(backend.followUps).containsExactly(DAY.plusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void aStopTakenBackOrMovedLeavesTheDay() {
        model.addToPlan(List.copyOf(model.candidates().subList(0, 2)));
        model.save();
        long first = model.plan().stops().getFirst().customerId();
        model.moveToDay(0, DAY.plusDays(1));
        assertThat(backend.visits.onDay(DAY.plusDays(1))).extracting(Visit::customerId).containsExactly(first);
        assertThat(model.plan().stops()).hasSize(1);
        model.backToCandidates(0);
        assertThat(backend.visits.onDay(DAY)).isEmpty();
        assertThat(model.plan().stops()).isEmpty();
        assertThat(model.candidates()).hasSize(5);
    }

    @Test
    void unvisitedStopsOfEarlierDaysRollOver() {
        backend.visits.plan(1, DAY.minusDays(2), org.callsheet.model.VisitReason.FOLLOW_UP_DUE, "");
        model.load();
        assertThat(model.earlierNotDoneProperty().get()).isEqualTo(1);
        model.rollOver();
        assertThat(model.earlierNotDoneProperty().get()).isZero();
        assertThat(model.plan().stops()).extracting(PlanStop::customerId).containsExactly(1L);
    }

    @Test
    void theWeekSpreadsTheCandidatesByDistrictAndStoresThem() {
        model.week().daysProperty().set(2);
        model.week().stopsPerDayProperty().set(3);
        model.week().spread();
        assertThat(model.week().days()).extracting(WeekModel.WeekDay::day)
                .containsExactly(DAY, DAY.plusDays(1));
        assertThat(model.week().days().getFirst().stops()).extracting(c -> c.area().district())
                .containsOnly("浦东新区");
        var moved = model.week().days().getFirst().stops().getFirst();
        model.week().move(moved, DAY.plusDays(1));
        assertThat(model.week().days().get(1).stops()).contains(moved);
        model.week().save();
        assertThat(backend.visits.onDay(DAY)).hasSize(2);
        assertThat(backend.visits.onDay(DAY.plusDays(1))).hasSize(3);
    }

    @Test
    void aCustomerFoundBySearchJoinsThePlan() {
        model.search("黄浦二");
        assertThat(model.searchHits()).hasSize(1);
        model.addByHand(model.searchHits().getFirst());
        assertThat(model.plan().stops()).extracting(PlanStop::customerId).containsExactly(5L);
    }
}
