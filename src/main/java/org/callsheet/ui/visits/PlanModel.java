package org.callsheet.ui.visits;

import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.routing.RouteSolver;
import org.callsheet.logic.visits.DayRouter;
import org.callsheet.logic.visits.DaySchedule;
import org.callsheet.logic.visits.DayStop;
import org.callsheet.logic.visits.DayTimer;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.logic.visits.TravelSettings;

/**
 * The day's stops in visiting order and their timing. Every change (add, remove, move, pin,
 * minutes, appointment, optimise) retimes the day at once and can be undone. Unless "keep my
 * order" is on, a stop added goes where the route becomes shortest.
 */
public final class PlanModel {
    private static final int UNDO_DEPTH = 100;
    private final RouteSolver solver = new RouteSolver();
    private final ObservableList<PlanStop> stops = FXCollections.observableArrayList();
    private final ObjectProperty<DaySchedule> schedule = new SimpleObjectProperty<>();
    private final ObjectProperty<TravelSettings> travel = new SimpleObjectProperty<>(TravelSettings.cityDefaults());
    private final ObjectProperty<StartPoint> start = new SimpleObjectProperty<>(StartPoint.FIRST_STOP);
    private final BooleanProperty returnToStart = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalTime> startTime = new SimpleObjectProperty<>(LocalTime.of(9, 0));
    private final ObjectProperty<LocalTime> lunchFrom = new SimpleObjectProperty<>(LocalTime.of(11, 30));
    private final ObjectProperty<LocalTime> lunchTo = new SimpleObjectProperty<>(LocalTime.of(13, 30));
    private final BooleanProperty keepOrder = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final Deque<List<PlanStop>> undo = new ArrayDeque<>();

    public PlanModel() {
        start.addListener((obs, old, now) -> retime());
        returnToStart.addListener((obs, old, now) -> retime());
        startTime.addListener((obs, old, now) -> retime());
        lunchFrom.addListener((obs, old, now) -> retime());
        lunchTo.addListener((obs, old, now) -> retime());
        retime();
    }

    public ObservableList<PlanStop> stops() {
        return stops;
    }

    public ReadOnlyObjectProperty<DaySchedule> scheduleProperty() {
        return schedule;
    }

    public DaySchedule schedule() {
        return schedule.get();
    }

    public ObjectProperty<StartPoint> startProperty() {
        return start;
    }

    public BooleanProperty returnToStartProperty() {
        return returnToStart;
    }

    public ObjectProperty<LocalTime> startTimeProperty() {
        return startTime;
    }

    public ObjectProperty<LocalTime> lunchFromProperty() {
        return lunchFrom;
    }

    public ObjectProperty<LocalTime> lunchToProperty() {
        return lunchTo;
    }

    public BooleanProperty keepOrderProperty() {
        return keepOrder;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    /** The app's travel settings: day, speed, road factor, lunch and minutes per tier. */
    public void useTravel(TravelSettings settings) {
        travel.set(settings);
        startTime.set(settings.dayStart());
        lunchFrom.set(settings.lunchFrom());
        lunchTo.set(settings.lunchTo());
        retime();
    }

    /** The plan as loaded from storage: replaces the stops and forgets the undo history. */
    public void load(List<PlanStop> loaded) {
        undo.clear();
        canUndo.set(false);
        stops.setAll(loaded);
        retime();
    }

    /** Whether a customer is on the plan. */
    public boolean contains(long customerId) {
        return stops.stream().anyMatch(s -> s.customerId() == customerId);
    }

    /** Adds located candidates not yet on the plan, with their tier's minutes. */
    public void add(List<PlacedCandidate> candidates) {
        List<PlanStop> added = new ArrayList<>(stops);
        for (PlacedCandidate c : candidates) {
            if (c.located() && !contains(c.customerId())
                    && added.stream().noneMatch(s -> s.customerId() == c.customerId())) {
                added.add(new PlanStop(c, null, (int) settings().visitFor(c.visit().candidate().tier()).toMinutes(),
                        null, false, c.visit().candidate().detail(), null));
            }
        }
        if (added.size() == stops.size()) {
            return;
        }
        change(keepOrder.get() ? added : optimised(added));
    }

    public void remove(int index) {
        List<PlanStop> next = new ArrayList<>(stops);
        next.remove(index);
        change(next);
    }

    /** Moves the stop at {@code from} to position {@code to} (drag and drop, or up and down). */
    public void move(int from, int to) {
        if (from == to || from < 0 || to < 0 || from >= stops.size() || to >= stops.size()) {
            return;
        }
        List<PlanStop> next = new ArrayList<>(stops);
        next.add(to, next.remove(from));
        change(next);
    }

    public void togglePin(int index) {
        replace(index, stops.get(index).withPinned(!stops.get(index).pinned()));
    }

    public void setMinutes(int index, int minutes) {
        if (minutes > 0 && minutes != stops.get(index).minutes()) {
            replace(index, stops.get(index).withMinutes(minutes));
        }
    }

    /** Fixes the visit at {@code time}; null makes it a visit without appointment. */
    public void setAppointment(int index, LocalTime time) {
        replace(index, stops.get(index).withAppointment(time));
    }

    public void setPurpose(int index, String purpose) {
        replace(index, stops.get(index).withPurpose(purpose));
    }

    /** Replaces a stop with its stored or logged state without an undo step (saving is not a plan change). */
    void stored(int index, PlanStop stop) {
        stops.set(index, stop);
    }

    /** The shortest order that keeps the pinned stops and appointments at their places. */
    public void optimise() {
        change(optimised(new ArrayList<>(stops)));
    }

    public void undo() {
        if (!undo.isEmpty()) {
            stops.setAll(undo.pop());
            canUndo.set(!undo.isEmpty());
            retime();
        }
    }

    private void replace(int index, PlanStop stop) {
        List<PlanStop> next = new ArrayList<>(stops);
        next.set(index, stop);
        change(next);
    }

    private void change(List<PlanStop> next) {
        undo.push(List.copyOf(stops));
        while (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
        canUndo.set(true);
        stops.setAll(next);
        retime();
    }

    /** The settings the day is timed with: the app's, with the start time and lunch window chosen here. */
    public TravelSettings settings() {
        TravelSettings base = travel.get();
        LocalTime from = lunchFrom.get();
        LocalTime to = lunchTo.get().isBefore(from) ? from : lunchTo.get();
        return new TravelSettings(base.dayStart(), base.dayEnd(), base.speedKmh(), base.roadFactor(), from, to,
                base.lunch(), base.visitByTier());
    }

    private List<PlanStop> optimised(List<PlanStop> plan) {
        if (plan.size() < 2) {
            return plan;
        }
        boolean firstIsStart = start.get() instanceof StartPoint.FirstStop;
        List<PlanStop> fixedHead = firstIsStart ? List.of(plan.getFirst()) : List.of();
        List<PlanStop> rest = firstIsStart ? plan.subList(1, plan.size()) : plan;
        double[] from = firstIsStart ? point(plan.getFirst()) : startPoint().orElse(point(plan.getFirst()));
        Map<Long, PlanStop> byId = new HashMap<>();
        Set<Long> pinned = new HashSet<>();
        List<DayStop> dayStops = new ArrayList<>();
        for (PlanStop stop : rest) {
            byId.put(stop.customerId(), stop);
            dayStops.add(stop.dayStop());
            if (stop.pinned()) {
                pinned.add(stop.customerId());
            }
        }
        DayRouter router = new DayRouter(solver, new DayTimer(settings()));
        List<DayStop> order = router.routeAround(from, !returnToStart.get(), startTime.get(), dayStops, pinned);
        List<PlanStop> result = new ArrayList<>(fixedHead);
        order.forEach(s -> result.add(byId.get(s.id())));
        return result;
    }

    private Optional<double[]> startPoint() {
        if (start.get() instanceof StartPoint.AtCustomer(PlacedCandidate c) && c.located()) {
            return Optional.of(new double[] {c.latitude(), c.longitude()});
        }
        if (start.get() instanceof StartPoint.Kept kept) {
            return Optional.of(kept.place().coordinates());
        }
        return Optional.empty();
    }

    /** Where the day starts: the chosen place, else the first stop. */
    public Optional<double[]> origin() {
        return startPoint().or(() -> stops.isEmpty() ? Optional.empty() : Optional.of(point(stops.getFirst())));
    }

    private static double[] point(PlanStop stop) {
        return new double[] {stop.placed().latitude(), stop.placed().longitude()};
    }

    private void retime() {
        if (travel == null || stops == null) {
            return;
        }
        double[] from = origin().orElse(new double[] {0, 0});
        Optional<double[]> end = returnToStart.get() ? Optional.of(from) : Optional.empty();
        List<DayStop> dayStops = stops.stream().map(PlanStop::dayStop).toList();
        schedule.set(new DayTimer(settings()).time(from, end, startTime.get(), dayStops));
    }

    /** Whether some distance of the day rests on a district or city centre. */
    public boolean estimated() {
        boolean startEstimated = switch (start.get()) {
            case StartPoint.AtCustomer(PlacedCandidate c) ->
                    c.visit().location().precision() != org.callsheet.model.LocationPrecision.OWN;
            case StartPoint.Kept kept -> kept.place().precision() != org.callsheet.model.LocationPrecision.OWN;
            case null, default -> false;
        };
        return startEstimated || stops.stream().anyMatch(PlanStop::estimated);
    }
}
