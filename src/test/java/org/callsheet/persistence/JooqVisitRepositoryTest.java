package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.logic.visits.DaySchedule;
import org.callsheet.logic.visits.DayStop;
import org.callsheet.logic.visits.DayTimer;
import org.callsheet.logic.visits.TravelSettings;
import org.callsheet.logic.visits.VisitService;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitOutcome;
import org.callsheet.model.VisitReason;
import org.callsheet.model.VisitReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Visits stored in H2 (in memory, migrated by Flyway) and the service that plans and logs them. */
class JooqVisitRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final Database db = Database.inMemory("visits-" + UUID.randomUUID());
    private final JooqCustomerRepository customers = new JooqCustomerRepository(db.dsl(), new Pinyin(),
            new PhoneNormalizer());
    private final JooqVisitRepository repository = new JooqVisitRepository(db.dsl());
    private final VisitService service = new VisitService(repository, CLOCK);

    @AfterEach
    void close() {
        db.close();
    }

    private long customer(String name) {
        return customers.insert(new Customer(null, UUID.randomUUID().toString(), null, name, null, null, null, null,
                null, null, "王伟", List.of(), null, false, CustomerStatus.BIG, CLOCK.instant(), CLOCK.instant()),
                List.of()).id();
    }

    @Test
    void aPlannedVisitIsStoredAndReadBackWhole() {
        long id = customer("甲公司");
        Visit planned = service.plan(id, MONDAY, VisitReason.CALL_OPPORTUNITY, "送样品");
        Visit read = repository.findByUid(planned.uid()).orElseThrow();
        assertThat(read).isEqualTo(planned);
        assertThat(read.slot().sequence()).isNull();
        assertThat(read.done()).isFalse();
        assertThat(repository.ofCustomer(id)).containsExactly(planned);
    }

    @Test
    void aRoutedDayKeepsItsOrderArrivalsAndAppointments() {
        Visit a = service.plan(customer("甲"), MONDAY, VisitReason.FOLLOW_UP_DUE, "");
        Visit b = service.plan(customer("乙"), MONDAY, VisitReason.ADDED_BY_HAND, "");
        Visit fixed = service.plan(customer("丙"), MONDAY, VisitReason.KEY_CUSTOMER_DUE, "");
        fixed = fixed.withSlot(fixed.slot().appointmentAt(LocalTime.of(15, 0)));
        repository.update(fixed);
        DayTimer timer = new DayTimer(TravelSettings.cityDefaults());
        List<DayStop> stops = List.of(DayStop.at(1, 31.01, 121.0, Duration.ofMinutes(30)),
                DayStop.at(2, 31.02, 121.0, Duration.ofMinutes(30)),
                DayStop.at(3, 31.03, 121.0, Duration.ofMinutes(30)).withAppointment(LocalTime.of(15, 0)));
        DaySchedule schedule = timer.time(new double[] {31.0, 121.0}, Optional.empty(), LocalTime.of(9, 0), stops);
        service.saveRoute(List.of(b, a, fixed), schedule);
        List<Visit> day = service.onDay(MONDAY);
        assertThat(day).extracting(Visit::uid).containsExactly(b.uid(), a.uid(), fixed.uid());
        assertThat(day.get(0).slot().plannedArrival()).isEqualTo(schedule.stops().get(0).arrival());
        assertThat(day.get(2).slot().plannedArrival()).isEqualTo(LocalTime.of(15, 0));
        assertThat(day.get(2).slot().appointment()).isTrue();
    }

    @Test
    void visitsBetweenTwoDaysComeByDayThenRouteOrder() {
        Visit before = service.plan(customer("前"), MONDAY.minusDays(1), VisitReason.ADDED_BY_HAND, "");
        Visit tuesday = service.plan(customer("二"), MONDAY.plusDays(1), VisitReason.ADDED_BY_HAND, "");
        Visit monday = service.plan(customer("一"), MONDAY, VisitReason.ADDED_BY_HAND, "");
        Visit after = service.plan(customer("后"), MONDAY.plusDays(2), VisitReason.ADDED_BY_HAND, "");

        assertThat(repository.between(MONDAY, MONDAY.plusDays(1))).extracting(Visit::uid)
                .containsExactly(monday.uid(), tuesday.uid()).doesNotContain(before.uid(), after.uid());
    }

    @Test
    void loggedVisitsStayAndTheOthersRollOverToTheNextDay() {
        Visit done = service.plan(customer("甲"), MONDAY, VisitReason.CHURN_WARNING, "了解原因");
        Visit missed = service.plan(customer("乙"), MONDAY, VisitReason.ADDED_BY_HAND, "");
        VisitReport report = new VisitReport(Instant.parse("2026-12-07T03:00:00Z"), VisitOutcome.MET, "要报价",
                "老板在", "下周报价");
        service.log(done.id(), report);
        List<Visit> moved = service.rollOver(MONDAY.plusDays(1));
        assertThat(moved).extracting(Visit::uid).containsExactly(missed.uid());
        assertThat(service.onDay(MONDAY)).extracting(Visit::uid).containsExactly(done.uid());
        assertThat(service.onDay(MONDAY).getFirst().report()).contains(report);
        assertThat(service.onDay(MONDAY.plusDays(1))).extracting(Visit::uid).containsExactly(missed.uid());
        assertThat(service.rollOver(MONDAY.plusDays(1))).isEmpty();
    }

    @Test
    void deletingACustomerDeletesItsVisitsAndUndoBringsThemBack() {
        long id = customer("甲");
        Visit visit = service.plan(id, MONDAY, VisitReason.ADDED_BY_HAND, "");
        var snapshot = customers.delete(id).orElseThrow();
        assertThat(repository.findById(visit.id())).isEmpty();
        customers.restore(snapshot);
        assertThat(repository.findById(visit.id())).contains(visit);
    }
}
