package org.callsheet.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.logic.visits.TravelSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanModelTest {
    private final List<PlacedCandidate> shanghai = VisitFixtures.shanghai();
    private final PlanModel plan = new PlanModel();

    @BeforeEach
    void cityDefaults() {
        plan.useTravel(TravelSettings.cityDefaults());
    }

    private List<Long> order() {
        return plan.stops().stream().map(PlanStop::customerId).toList();
    }

    @Test
    void addingStopsRoutesThemShortestFromTheFirstAndTimesTheDay() {
        plan.add(shanghai.subList(0, 3));
        // from 浦东一号 (121.54) east: 三号 (121.57) then 二号 (121.60), and back
        assertThat(order()).containsExactly(1L, 3L, 2L);
        assertThat(plan.schedule().stops()).hasSize(3);
        assertThat(plan.schedule().stops().getFirst().arrival()).isEqualTo(LocalTime.of(9, 0));
        assertThat(plan.schedule().totalKm()).isGreaterThan(0);
        // minutes per tier: big 60, super 90, medium 45
        assertThat(plan.stops().stream().map(PlanStop::minutes).toList()).containsExactly(60, 90, 45);
    }

    @Test
    void keepMyOrderAppendsAndMovesAreUndoneOneByOne() {
        plan.keepOrderProperty().set(true);
        plan.add(List.of(shanghai.get(0), shanghai.get(1), shanghai.get(2)));
        assertThat(order()).containsExactly(1L, 2L, 3L);
        plan.move(2, 1);
        assertThat(order()).containsExactly(1L, 3L, 2L);
        plan.setMinutes(0, 20);
        assertThat(plan.stops().getFirst().minutes()).isEqualTo(20);
        plan.undo();
        assertThat(plan.stops().getFirst().minutes()).isEqualTo(60);
        plan.undo();
        assertThat(order()).containsExactly(1L, 2L, 3L);
        plan.undo();
        assertThat(order()).isEmpty();
        assertThat(plan.canUndoProperty().get()).isFalse();
    }

    @Test
    void optimiseKeepsPinnedStopsInTheirPlaces() {
        plan.keepOrderProperty().set(true);
        plan.add(List.of(shanghai.get(0), shanghai.get(1), shanghai.get(3), shanghai.get(2)));
        plan.togglePin(1);
        plan.optimise();
        assertThat(order().get(0)).isEqualTo(1L);
        assertThat(order().get(1)).isEqualTo(2L);
        assertThat(order()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void anAppointmentWaitsAndMinutesMoveTheFinish() {
        plan.keepOrderProperty().set(true);
        plan.add(shanghai.subList(0, 2));
        LocalTime before = plan.schedule().finish();
        plan.setMinutes(1, 120);
        assertThat(plan.schedule().finish()).isEqualTo(before.plusMinutes(75));
        plan.setAppointment(1, LocalTime.of(15, 0));
        assertThat(plan.schedule().stops().get(1).visitStart()).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void aLongDayNamesTheStopsThatEndAfterTheWorkingDay() {
        plan.keepOrderProperty().set(true);
        plan.add(shanghai.subList(0, 5));
        for (int i = 0; i < 5; i++) {
            plan.setMinutes(i, 120);
        }
        assertThat(plan.schedule().runsPastDayEnd()).isTrue();
        assertThat(plan.schedule().overrun()).extracting(s -> s.id()).contains(5L);
    }

    @Test
    void startingAtACustomerLeavesFromThereAndUnlocatedCandidatesAreNotAdded() {
        plan.add(List.of(shanghai.get(1), shanghai.get(5)));
        assertThat(order()).containsExactly(2L);
        plan.startProperty().set(new StartPoint.AtCustomer(shanghai.get(3)));
        assertThat(plan.schedule().stops().getFirst().legKm()).isGreaterThan(5);
        assertThat(plan.schedule().stops().getFirst().arrival()).isAfter(LocalTime.of(9, 0));
    }

    @Test
    void startingFromTheOfficeKeptInSettingsLeavesFromThereAndAnOfficeAtADistrictCentreIsAnEstimate() {
        plan.add(List.of(shanghai.get(1)));
        org.callsheet.logic.visits.StartPoint office = new org.callsheet.logic.visits.StartPoint("浦东新区",
                new org.callsheet.model.GeoPoint(new java.math.BigDecimal("31.2215"), new java.math.BigDecimal("121.5447")),
                org.callsheet.model.LocationPrecision.DISTRICT);
        plan.startProperty().set(new StartPoint.Kept(org.callsheet.logic.visits.StartPlaces.OFFICE, office));

        assertThat(plan.origin()).get().satisfies(p -> assertThat(p).containsExactly(31.2215, 121.5447));
        assertThat(plan.schedule().stops().getFirst().legKm()).isGreaterThan(0);
        assertThat(plan.estimated()).isTrue();
    }
}
