package org.callsheet.ui.visits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.sheets.day.DaySheets;
import org.callsheet.logic.visits.DaySchedule;
import org.callsheet.logic.visits.DayVisit;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.logic.visits.TravelSettings;
import org.callsheet.logic.visits.VisitService;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReport;
import org.callsheet.ui.sheets.PageSource;
import org.callsheet.ui.testing.TestBackend;

/**
 * The Visits screen over a fixed set of placed candidates and the real visit service on visits kept
 * in memory; follow-ups asked for are recorded. No printing (the screen then offers none).
 */
final class MemoryVisitsBackend implements VisitsBackend {
    final InMemoryVisitRepository repository = new InMemoryVisitRepository();
    final VisitService visits = new VisitService(repository, TestBackend.CLOCK);
    final List<Instant> followUps = new ArrayList<>();
    private final List<PlacedCandidate> candidates;

    MemoryVisitsBackend(List<PlacedCandidate> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    private Optional<PlacedCandidate> find(long customerId) {
        return candidates.stream().filter(c -> c.customerId() == customerId).findFirst();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(TestBackend.CLOCK);
    }

    @Override
    public Clock clock() {
        return TestBackend.CLOCK;
    }

    @Override
    public TravelSettings travel() {
        return TravelSettings.cityDefaults();
    }

    @Override
    public VisitDay day(LocalDate day) {
        List<SavedVisit> planned = new ArrayList<>();
        for (Visit v : visits.onDay(day)) {
            find(v.customerId()).ifPresent(c -> planned.add(new SavedVisit(v, c)));
        }
        List<PlacedCandidate> open = candidates.stream()
                .filter(c -> planned.stream().noneMatch(p -> p.placed().customerId() == c.customerId())).toList();
        return new VisitDay(open, planned, visits.notDoneBefore(day).size());
    }

    @Override
    public org.callsheet.logic.visits.VisitTally tally(LocalDate day) {
        return visits.tally(day);
    }

    @Override
    public Optional<PlacedCandidate> addByHand(long customerId, LocalDate day) {
        return find(customerId);
    }

    @Override
    public List<CustomerRow> search(String text) {
        return candidates.stream().filter(c -> c.visit().customer().name().contains(text))
                .map(c -> new CustomerRow(c.customerId(), "KH" + c.customerId(), c.visit().customer().name(),
                        CustomerKind.COMPANY, "上海市", "上海市", c.area().district(), "王芳",
                        c.visit().candidate().tier(), "", "")).toList();
    }

    @Override
    public List<Visit> save(LocalDate day, List<DayVisit> stops, DaySchedule schedule) {
        return visits.saveDay(day, stops, schedule);
    }

    @Override
    public int planDays(Map<LocalDate, List<PlacedCandidate>> days) {
        int count = 0;
        for (var entry : days.entrySet()) {
            for (PlacedCandidate c : entry.getValue()) {
                visits.plan(c.customerId(), entry.getKey(), c.visit().candidate().reason(), "");
                count++;
            }
        }
        return count;
    }

    @Override
    public Visit log(long visitId, VisitReport report, Optional<Instant> followUpAt) {
        followUpAt.ifPresent(followUps::add);
        return visits.log(visitId, report);
    }

    @Override
    public Visit move(long visitId, LocalDate day) {
        return visits.move(visitId, day);
    }

    @Override
    public void remove(long visitId) {
        visits.remove(visitId);
    }

    @Override
    public int rollOver(LocalDate day) {
        return visits.rollOver(day).size();
    }

    @Override
    public PageSource daySheet(DaySheets.Summary summary, List<DaySheets.RouteStop> route) {
        throw new UnsupportedOperationException("the screen offers no printing without printed sheets");
    }

    @Override
    public List<Visit> visitsOf(long customerId) {
        return visits.ofCustomer(customerId);
    }

    /** The office and home starts the screen offers; none unless a test sets them. */
    final List<StartPoint.Kept> kept = new ArrayList<>();

    @Override
    public List<StartPoint.Kept> keptStarts() {
        return kept;
    }
}
