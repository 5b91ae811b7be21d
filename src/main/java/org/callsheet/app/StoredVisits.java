package org.callsheet.app;

import org.callsheet.logic.visits.StartPlaces;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.settings.Settings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.reminders.FollowUpService;
import org.callsheet.logic.sheets.day.DaySheets;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.pdf.DocumentInfo;
import org.callsheet.logic.sheets.profile.ProfileOptions;
import org.callsheet.logic.visits.DayPlanService;
import org.callsheet.logic.visits.DaySchedule;
import org.callsheet.logic.visits.DayVisit;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.logic.visits.TravelSettings;
import org.callsheet.logic.visits.VisitService;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReason;
import org.callsheet.model.VisitReport;
import org.callsheet.ui.sheets.PageSource;
import org.callsheet.ui.visits.SavedVisit;
import org.callsheet.ui.visits.VisitDay;
import org.callsheet.ui.visits.VisitsBackend;

/** The Visits screen over the stored visits, the day plans, the follow-ups and the printed sheets. */
final class StoredVisits implements VisitsBackend {
    private static final int SEARCH_HITS = 20;
    private final Supplier<DayPlanService> plans;
    private final VisitService visits;
    private final CustomerBook book;
    private final FollowUpService followUps;
    private final Supplier<DaySheets> sheets;
    private final Clock clock;
    private final Settings settings;
    private final Supplier<RegionDirectory> regions;

    StoredVisits(Supplier<DayPlanService> plans, VisitService visits, CustomerBook book, FollowUpService followUps,
                 Supplier<DaySheets> sheets, Clock clock, Settings settings, Supplier<RegionDirectory> regions) {
        this.settings = settings;
        this.regions = regions;
        this.plans = plans;
        this.visits = visits;
        this.book = book;
        this.followUps = followUps;
        this.sheets = sheets;
        this.clock = clock;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public TravelSettings travel() {
        return plans.get().travel();
    }

    @Override
    public VisitDay day(LocalDate day) {
        DayPlanService service = plans.get();
        List<SavedVisit> planned = new ArrayList<>();
        Set<Long> onDay = new HashSet<>();
        for (Visit visit : visits.onDay(day)) {
            onDay.add(visit.customerId());
            service.place(visit.customerId(), visit.reason(), day, visit.purpose())
                    .ifPresent(placed -> planned.add(new SavedVisit(visit, placed)));
        }
        List<PlacedCandidate> candidates = service.candidates(day).stream()
                .filter(c -> !onDay.contains(c.customerId())).toList();
        return new VisitDay(candidates, planned, visits.notDoneBefore(day).size());
    }

    @Override
    public org.callsheet.logic.visits.VisitTally tally(LocalDate day) {
        return visits.tally(day);
    }

    @Override
    public Optional<PlacedCandidate> addByHand(long customerId, LocalDate day) {
        return plans.get().place(customerId, VisitReason.ADDED_BY_HAND, day, "");
    }

    @Override
    public List<CustomerRow> search(String text) {
        long[] ids = book.query(CustomerFilter.ALL, CustomerSort.DEFAULT, text);
        return book.rows(Arrays.copyOf(ids, Math.min(ids.length, SEARCH_HITS)));
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
                visits.plan(c.customerId(), entry.getKey(), c.visit().candidate().reason(),
                        c.visit().candidate().detail());
                count++;
            }
        }
        return count;
    }

    @Override
    public Visit log(long visitId, VisitReport report, Optional<Instant> followUpAt) {
        Visit logged = visits.log(visitId, report);
        followUpAt.ifPresent(at -> followUps.plan(logged.customerId(), null, FollowUpKind.CALL, at,
                report.nextStep()));
        return logged;
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
        return new PageSource() {
            @Override
            public Optional<List<LaidOutPage>> pages(ProfileOptions options, Paper paper, BooleanSupplier cancelled) {
                return sheets.get().pages(summary, route, options, paper, cancelled);
            }

            @Override
            public DocumentInfo info(ProfileOptions options) {
                String title = sheets.get().title(options) + " " + summary.day();
                return new DocumentInfo(title, options.repName(), title, options.locale());
            }

            @Override
            public int sheets() {
                return route.size();
            }
        };
    }

    @Override
    public List<Visit> visitsOf(long customerId) {
        return visits.ofCustomer(customerId);
    }

    @Override
    public List<org.callsheet.ui.visits.StartPoint.Kept> keptStarts() {
        StartPlaces places = new StartPlaces(regions.get());
        List<org.callsheet.ui.visits.StartPoint.Kept> kept = new ArrayList<>();
        places.office(settings).point().ifPresent(p -> kept.add(
                new org.callsheet.ui.visits.StartPoint.Kept(StartPlaces.OFFICE, p)));
        places.home(settings).point().ifPresent(p -> kept.add(
                new org.callsheet.ui.visits.StartPoint.Kept(StartPlaces.HOME, p)));
        return kept;
    }
}
