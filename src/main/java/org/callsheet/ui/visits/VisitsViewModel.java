package org.callsheet.ui.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.callsheet.logic.sheets.day.DaySheets;
import org.callsheet.logic.visits.AreaProposal;
import org.callsheet.logic.visits.DayVisit;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitOutcome;
import org.callsheet.model.VisitReport;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.sheets.PageSource;

/**
 * The Visits screen's state and commands: the day, its candidates and area, the plan (see
 * {@link PlanModel}), saving it, logging visits and moving stops to other days. Storage work
 * runs on the task runner; failures are shown as messages.
 */
public final class VisitsViewModel {
    /** Districts whose candidates lie, on average, within this many km of the best one join the proposed area. */
    static final double REACH_KM = 12;
    private final VisitsBackend backend;
    private final TaskRunner runner;
    private final PlanModel plan = new PlanModel();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<PlacedCandidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<PlacedCandidate> shown = FXCollections.observableArrayList();
    private final ObservableList<PlacedCandidate> unlocated = FXCollections.observableArrayList();
    private final ObservableList<AreaNode> areas = FXCollections.observableArrayList();
    private final ObservableSet<String> chosenDistricts = FXCollections.observableSet();
    private final ObservableList<CustomerRow> hits = FXCollections.observableArrayList();
    private final IntegerProperty earlierNotDone = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>();
    private final WeekModel week;

    /** The office and home kept in Settings, to start the day from (read when the screen is built). */
    public List<StartPoint.Kept> keptStarts() {
        return backend.keptStarts();
    }

    public VisitsViewModel(VisitsBackend backend, TaskRunner runner) {
        this.backend = backend;
        this.runner = runner;
        this.week = new WeekModel(backend, runner, plan, () -> List.copyOf(shown), day, message);
        chosenDistricts.addListener((SetChangeListener<String>) change -> refreshShown());
        plan.stops().addListener((ListChangeListener<PlanStop>) change -> refreshShown());
    }

    public PlanModel plan() {
        return plan;
    }

    public WeekModel week() {
        return week;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** Every located candidate of the day in the candidates' order. */
    public ObservableList<PlacedCandidate> candidates() {
        return candidates;
    }

    /** The candidates of the chosen area (all when none is chosen) not on the plan yet. */
    public ObservableList<PlacedCandidate> shownCandidates() {
        return shown;
    }

    /** Candidates without any location: listed so the rep can give them a place. */
    public ObservableList<PlacedCandidate> unlocated() {
        return unlocated;
    }

    public ObservableList<AreaNode> areas() {
        return areas;
    }

    public ObservableSet<String> chosenDistricts() {
        return chosenDistricts;
    }

    public ObservableList<CustomerRow> searchHits() {
        return hits;
    }

    public ReadOnlyIntegerProperty earlierNotDoneProperty() {
        return earlierNotDone;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    /** Reads the day (today at first): its candidates and the visits stored on it. */
    public void load() {
        if (day.get() == null) {
            day.set(backend.today());
            plan.useTravel(backend.travel());
        }
        LocalDate chosen = day.get();
        busy.set(true);
        runner.submit(context -> backend.day(chosen), WorkCallbacks.<VisitDay>of(loaded -> {
            busy.set(false);
            if (!chosen.equals(day.get())) {
                return;
            }
            candidates.setAll(loaded.candidates().stream().filter(PlacedCandidate::located).toList());
            unlocated.setAll(loaded.candidates().stream().filter(c -> !c.located()).toList());
            areas.setAll(AreaNode.tree(candidates));
            chosenDistricts.retainAll(candidates.stream().map(c -> c.area().districtKey()).toList());
            List<PlanStop> stops = new ArrayList<>();
            for (SavedVisit saved : loaded.planned()) {
                if (saved.placed().located()) {
                    Visit v = saved.visit();
                    int minutes = v.slot().visitMinutes() != null ? v.slot().visitMinutes()
                            : (int) plan.settings().visitFor(saved.placed().visit().candidate().tier()).toMinutes();
                    stops.add(new PlanStop(saved.placed(), v.id(), minutes,
                            v.slot().appointment() ? v.slot().plannedArrival() : null, v.slot().pinned(),
                            v.purpose(), v.report().orElse(null)));
                } else {
                    unlocated.add(saved.placed());
                }
            }
            plan.load(stops);
            earlierNotDone.set(loaded.earlierNotDone());
            refreshShown();
            message.set(null);
        }, error -> {
            busy.set(false);
            message.set(UserMessage.of("visits.message.loadFailed", String.valueOf(error.getMessage())));
        }));
    }

    /** Chooses the district, city or province of a node of the area tree (adding to the choice). */
    public void choose(AreaNode node, boolean add) {
        if (!add) {
            chosenDistricts.clear();
        }
        chosenDistricts.addAll(node.districtKeys());
    }

    public void clearArea() {
        chosenDistricts.clear();
    }

    /** Chooses the area with the most valuable candidates within reach. */
    public void proposeArea() {
        List<PlacedCandidate> open = candidates.stream().filter(c -> !plan.contains(c.customerId())).toList();
        Set<String> area = new AreaProposal(REACH_KM).propose(open);
        if (area.isEmpty()) {
            message.set(UserMessage.of("visits.message.noCandidates"));
            return;
        }
        chosenDistricts.clear();
        chosenDistricts.addAll(area);
    }

    /** Puts candidates on the plan. */
    public void addToPlan(List<PlacedCandidate> chosen) {
        plan.add(chosen);
    }

    /** Puts every candidate shown (the chosen area's) on the plan. */
    public void addShown() {
        plan.add(List.copyOf(shown));
    }

    public void search(String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            hits.clear();
            return;
        }
        runner.submit(context -> backend.search(query), WorkCallbacks.<List<CustomerRow>>of(hits::setAll,
                error -> message.set(UserMessage.of("visits.message.searchFailed", String.valueOf(error.getMessage())))));
    }

    /** Adds a customer found by search to the day: on the plan when it has a place, else to "no location". */
    public void addByHand(CustomerRow row) {
        LocalDate chosen = day.get();
        runner.submit(context -> backend.addByHand(row.id(), chosen),
                WorkCallbacks.<Optional<PlacedCandidate>>of(placed -> {
                    if (placed.isEmpty()) {
                        message.set(UserMessage.of("visits.message.customerGone", row.name()));
                    } else if (placed.get().located()) {
                        plan.add(List.of(placed.get()));
                        if (candidates.stream().noneMatch(c -> c.customerId() == row.id())) {
                            candidates.add(placed.get());
                            areas.setAll(AreaNode.tree(candidates));
                        }
                    } else {
                        unlocated.removeIf(c -> c.customerId() == row.id());
                        unlocated.add(placed.get());
                        message.set(UserMessage.of("visits.message.addedWithoutPlace", row.name()));
                    }
                }, error -> message.set(UserMessage.of("visits.message.saveFailed",
                        String.valueOf(error.getMessage())))));
    }

    /** Stores the plan: new stops become planned visits, every stop gets its number and planned arrival. */
    public void save() {
        LocalDate chosen = day.get();
        List<PlanStop> stops = List.copyOf(plan.stops());
        List<DayVisit> visits = stops.stream().map(s -> new DayVisit(s.visitId(), s.customerId(),
                s.placed().visit().candidate().reason(), s.purpose(), s.minutes(), s.appointment(), s.pinned()))
                .toList();
        var schedule = plan.schedule();
        busy.set(true);
        runner.submit(context -> backend.save(chosen, visits, schedule), WorkCallbacks.<List<Visit>>of(saved -> {
            busy.set(false);
            if (plan.stops().equals(stops)) {
                for (int i = 0; i < saved.size(); i++) {
                    plan.stored(i, stops.get(i).withVisit(saved.get(i).id(), stops.get(i).report()));
                }
            }
            message.set(UserMessage.of("visits.message.saved", saved.size(), chosen));
        }, error -> {
            busy.set(false);
            message.set(UserMessage.of("visits.message.saveFailed", String.valueOf(error.getMessage())));
        }));
    }

    /**
     * Logs the visit of a stored stop as done now; with {@code followUpOn}, a follow-up call is
     * planned that day at the start of the working day.
     */
    public void logVisit(int index, VisitOutcome outcome, String needs, String notes, String nextStep,
                         Optional<LocalDate> followUpOn) {
        var clock = backend.clock();
        VisitReport report = new VisitReport(clock.instant(), outcome, needs, notes, nextStep);
        Optional<Instant> followUpAt = followUpOn.map(d -> d.atTime(plan.settings().dayStart())
                .atZone(clock.getZone()).toInstant());
        logVisit(index, report, followUpAt);
    }

    private void logVisit(int index, VisitReport report, Optional<Instant> followUpAt) {
        PlanStop stop = plan.stops().get(index);
        if (stop.visitId() == null) {
            message.set(UserMessage.of("visits.message.saveFirst"));
            return;
        }
        runner.submit(context -> backend.log(stop.visitId(), report, followUpAt), WorkCallbacks.<Visit>of(logged -> {
            int at = indexOf(stop.customerId());
            if (at >= 0) {
                plan.stored(at, plan.stops().get(at).withVisit(logged.id(), logged.report().orElse(null)));
            }
            message.set(UserMessage.of("visits.message.logged", stop.name()));
        }, error -> message.set(UserMessage.of("visits.message.saveFailed", String.valueOf(error.getMessage())))));
    }

    /** Moves a stored stop to another day; it leaves this day's plan. */
    public void moveToDay(int index, LocalDate target) {
        PlanStop stop = plan.stops().get(index);
        if (stop.visitId() == null) {
            message.set(UserMessage.of("visits.message.saveFirst"));
            return;
        }
        runner.submit(context -> backend.move(stop.visitId(), target), WorkCallbacks.<Visit>of(moved -> {
            message.set(UserMessage.of("visits.message.moved", stop.name(), target));
            load();
        }, error -> message.set(UserMessage.of("visits.message.saveFailed", String.valueOf(error.getMessage())))));
    }

    /** Takes a stop off the plan; a stored one is removed from the day and is a candidate again. */
    public void backToCandidates(int index) {
        PlanStop stop = plan.stops().get(index);
        if (stop.visitId() == null) {
            plan.remove(index);
            return;
        }
        if (stop.report() != null) {
            message.set(UserMessage.of("visits.message.alreadyLogged", stop.name()));
            return;
        }
        runner.submit(context -> {
            backend.remove(stop.visitId());
            return stop;
        }, WorkCallbacks.<PlanStop>of(removed -> load(),
                error -> message.set(UserMessage.of("visits.message.saveFailed", String.valueOf(error.getMessage())))));
    }

    /** Brings the visits of earlier days never logged onto this day. */
    public void rollOver() {
        LocalDate chosen = day.get();
        runner.submit(context -> backend.rollOver(chosen), WorkCallbacks.<Integer>of(count -> {
            message.set(UserMessage.of("visits.message.rolledOver", count, chosen));
            load();
        }, error -> message.set(UserMessage.of("visits.message.saveFailed", String.valueOf(error.getMessage())))));
    }

    /** The day sheet of the plan as shown, with the profile sheets of its customers behind it. */
    public PageSource daySheet(String startLabel) {
        var schedule = plan.schedule();
        List<DaySheets.RouteStop> route = new ArrayList<>();
        for (int i = 0; i < plan.stops().size(); i++) {
            PlanStop stop = plan.stops().get(i);
            route.add(new DaySheets.RouteStop(stop.customerId(), i + 1, schedule.stops().get(i).arrival(),
                    stop.appointment() != null, stop.purpose()));
        }
        return backend.daySheet(new DaySheets.Summary(day.get(), startLabel, schedule.totalKm(), plan.estimated(),
                schedule.finish()), route);
    }

    private int indexOf(long customerId) {
        for (int i = 0; i < plan.stops().size(); i++) {
            if (plan.stops().get(i).customerId() == customerId) {
                return i;
            }
        }
        return -1;
    }

    private void refreshShown() {
        Set<Long> onPlan = new HashSet<>();
        plan.stops().forEach(s -> onPlan.add(s.customerId()));
        shown.setAll(candidates.stream()
                .filter(c -> !onPlan.contains(c.customerId()))
                .filter(c -> chosenDistricts.isEmpty() || chosenDistricts.contains(c.area().districtKey()))
                .toList());
    }
}
