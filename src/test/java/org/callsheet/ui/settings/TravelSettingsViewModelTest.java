package org.callsheet.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.visits.StartPlaces;
import org.callsheet.logic.visits.TravelSettings;
import org.callsheet.logic.visits.VisitRules;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.LocationPrecision;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.testing.InMemorySettingsRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Visits and travel part of Settings: the city defaults, checks with messages per field, saving. */
class TravelSettingsViewModelTest {
    private static StartPlaces places;
    private final Settings settings = new Settings(new InMemorySettingsRepository());
    private final StatusModel status = new StatusModel();
    private TravelSettingsViewModel model;

    @BeforeAll
    static void regions() {
        places = new StartPlaces(RegionDirectory.shipped());
    }

    @BeforeEach
    void setUp() {
        settings.put(VisitRules.INTERVAL_DAYS_PREFIX + "BIG", "45");
        model = new TravelSettingsViewModel(UserPreferences.read(settings, new SameThreadTaskRunner(), Locale.US),
                status, () -> places);
        model.load();
    }

    @Test
    void showsTheCityDefaultsAndWhatIsKept() {
        assertThat(model.field(TravelSettings.DAY_START).get()).isEqualTo("09:00");
        assertThat(model.field(TravelSettings.DAY_END).get()).isEqualTo("18:00");
        assertThat(model.field(TravelSettings.LUNCH_FROM).get()).isEqualTo("11:30");
        assertThat(model.field(TravelSettings.LUNCH_MINUTES).get()).isEqualTo("45");
        assertThat(model.field(TravelSettings.SPEED_KMH).get()).isEqualTo("25");
        assertThat(model.field(TravelSettings.ROAD_FACTOR).get()).isEqualTo("1.3");
        assertThat(model.field(TravelSettings.VISIT_MINUTES_PREFIX + "SUPER").get()).isEqualTo("90");
        assertThat(model.field(TravelSettings.VISIT_MINUTES_PREFIX + TravelSettings.OTHER_TIERS).get()).isEqualTo("30");
        assertThat(model.field(VisitRules.INTERVAL_DAYS_PREFIX + "SUPER").get()).isEqualTo("30");
        assertThat(model.field(VisitRules.INTERVAL_DAYS_PREFIX + "BIG").get()).isEqualTo("45");
        assertThat(model.field(VisitRules.INTERVAL_DAYS_PREFIX + "SMALL").get()).isEqualTo("0");
        assertThat(model.field(StartPlaces.OFFICE).get()).isEmpty();
        assertThat(model.changedProperty().get()).isFalse();
    }

    @Test
    void wrongValuesGetAMessageBesideTheirFieldAndNothingIsSaved() {
        model.field(TravelSettings.DAY_START).set("9.30");
        model.field(TravelSettings.LUNCH_FROM).set("13:00");
        model.field(TravelSettings.LUNCH_TO).set("12:00");
        model.field(TravelSettings.SPEED_KMH).set("0");
        model.field(TravelSettings.ROAD_FACTOR).set("0.8");
        model.field(TravelSettings.VISIT_MINUTES_PREFIX + "BIG").set("ninety");
        model.field(VisitRules.INTERVAL_DAYS_PREFIX + "MEDIUM").set("400");
        model.field(StartPlaces.HOME).set("95.1,113.9");
        AtomicInteger then = new AtomicInteger();

        model.save(then::incrementAndGet);

        assertThat(model.errors()).containsEntry(TravelSettings.DAY_START, "settings.travel.error.time")
                .containsEntry(TravelSettings.LUNCH_TO, "settings.travel.error.lunchWindow")
                .containsEntry(TravelSettings.SPEED_KMH, "settings.travel.error.speed")
                .containsEntry(TravelSettings.ROAD_FACTOR, "settings.travel.error.roadFactor")
                .containsEntry(TravelSettings.VISIT_MINUTES_PREFIX + "BIG", "settings.travel.error.visitMinutes")
                .containsEntry(VisitRules.INTERVAL_DAYS_PREFIX + "MEDIUM", "settings.travel.error.intervalDays")
                .containsEntry(StartPlaces.HOME, "settings.travel.error.startRange");
        assertThat(then).hasValue(0);
        assertThat(settings.get(TravelSettings.SPEED_KMH)).isEmpty();

        model.field(TravelSettings.DAY_START).set("8:30");
        assertThat(model.errors()).doesNotContainKey(TravelSettings.DAY_START);
        model.field(TravelSettings.DAY_END).set("08:00");
        assertThat(model.errors()).containsEntry(TravelSettings.DAY_END, "settings.travel.error.dayEnd");
    }

    @Test
    void anAddressThatNamesNoKnownPlaceStopsTheSaveWithItsMessage() {
        model.field(StartPlaces.OFFICE).set("火星基地一号");
        AtomicInteger then = new AtomicInteger();

        model.save(then::incrementAndGet);

        assertThat(model.errors()).containsEntry(StartPlaces.OFFICE, "settings.travel.error.startPlace");
        assertThat(then).hasValue(0);
        assertThat(model.savingProperty().get()).isFalse();
        assertThat(settings.get(StartPlaces.OFFICE)).isEmpty();
    }

    @Test
    void savedSettingsAreWhatTheDayPlansRead() {
        model.field(StartPlaces.OFFICE).set("广东省深圳市南山区科技园");
        model.field(StartPlaces.HOME).set("22.53, 113.93");
        model.field(TravelSettings.DAY_START).set("08:30");
        model.field(TravelSettings.SPEED_KMH).set("32.5");
        model.field(TravelSettings.ROAD_FACTOR).set("1.5");
        model.field(TravelSettings.VISIT_MINUTES_PREFIX + "SUPER").set("120");
        model.field(TravelSettings.VISIT_MINUTES_PREFIX + TravelSettings.OTHER_TIERS).set("20");
        model.field(VisitRules.INTERVAL_DAYS_PREFIX + "MEDIUM").set("90");
        assertThat(model.changedProperty().get()).isTrue();
        AtomicInteger then = new AtomicInteger();

        model.save(then::incrementAndGet);

        assertThat(then).hasValue(1);
        assertThat(model.changedProperty().get()).isFalse();
        TravelSettings travel = TravelSettings.from(settings);
        assertThat(travel.dayStart()).isEqualTo(LocalTime.of(8, 30));
        assertThat(travel.speedKmh()).isEqualTo(32.5);
        assertThat(travel.roadFactor()).isEqualTo(1.5);
        assertThat(travel.visitFor(CustomerStatus.SUPER)).isEqualTo(Duration.ofMinutes(120));
        assertThat(travel.visitFor(CustomerStatus.PROSPECT)).isEqualTo(Duration.ofMinutes(20));
        assertThat(VisitRules.from(settings).interval(CustomerStatus.MEDIUM)).hasValue(90);
        StartPlaces.Found office = places.office(settings);
        assertThat(office.point()).get().extracting(p -> p.precision()).isEqualTo(LocationPrecision.DISTRICT);
        assertThat(places.home(settings).point()).get().satisfies(p -> {
            assertThat(p.precision()).isEqualTo(LocationPrecision.OWN);
            assertThat(p.coordinates()).containsExactly(22.53, 113.93);
        });

        model.field(TravelSettings.DAY_END).set("17:00");
        model.revert();
        assertThat(model.field(TravelSettings.DAY_END).get()).isEqualTo("18:00");
        assertThat(model.changedProperty().get()).isFalse();
    }
}
