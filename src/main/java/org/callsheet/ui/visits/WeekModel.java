package org.callsheet.ui.visits;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.visits.CandidateValue;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.logic.visits.WeekCandidate;
import org.callsheet.logic.visits.WeekPlan;
import org.callsheet.logic.visits.WeekSpreader;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The week plan: the candidates shown spread over the next working days (each day in few
 * neighbouring districts), stops moved between days by hand, and the days stored as planned visits.
 */
public final class WeekModel {
    /** A working day of the week plan and its stops. */
    public record WeekDay(LocalDate day, List<PlacedCandidate> stops) {
        public WeekDay {
            stops = List.copyOf(stops);
        }
    }

    private final VisitsBackend backend;
    private final TaskRunner runner;
    private final PlanModel plan;
    private final Supplier<List<PlacedCandidate>> source;
    private final ObservableValue<LocalDate> from;
    private final ObjectProperty<UserMessage> message;
    private final IntegerProperty days = new SimpleIntegerProperty(5);
    private final IntegerProperty stopsPerDay = new SimpleIntegerProperty(6);
    private final ObservableList<WeekDay> week = FXCollections.observableArrayList();
    private final ObservableList<PlacedCandidate> leftOver = FXCollections.observableArrayList();

    WeekModel(VisitsBackend backend, TaskRunner runner, PlanModel plan, Supplier<List<PlacedCandidate>> source,
              ObservableValue<LocalDate> from, ObjectProperty<UserMessage> message) {
        this.backend = backend;
        this.runner = runner;
        this.plan = plan;
        this.source = source;
        this.from = from;
        this.message = message;
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public IntegerProperty stopsPerDayProperty() {
        return stopsPerDay;
    }

    public ObservableList<WeekDay> days() {
        return week;
    }

    public ObservableList<PlacedCandidate> leftOver() {
        return leftOver;
    }

    /** The next {@code n} working days (Monday to Friday) from {@code start} on. */
    static List<LocalDate> workingDays(LocalDate start, int n) {
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate d = start; result.size() < n; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                result.add(d);
            }
        }
        return result;
    }

    /** Spreads the candidates shown (the chosen area's, not on the day's plan) over the working days. */
    public void spread() {
        List<PlacedCandidate> candidates = source.get();
        Map<Long, PlacedCandidate> byId = new HashMap<>();
        List<WeekCandidate> input = new ArrayList<>();
        for (PlacedCandidate c : candidates) {
            byId.put(c.customerId(), c);
            input.add(new WeekCandidate(DayStopOf.of(c, plan), c.area().districtKey(),
                    CandidateValue.of(c.visit().candidate()), Optional.empty()));
        }
        WeekPlan spread = new WeekSpreader(Math.max(1, stopsPerDay.get()))
                .spread(input, workingDays(from.getValue(), Math.max(1, days.get())));
        List<WeekDay> result = new ArrayList<>();
        spread.days().forEach((d, stops) -> result.add(new WeekDay(d,
                stops.stream().map(s -> byId.get(s.stop().id())).toList())));
        week.setAll(result);
        leftOver.setAll(spread.leftOver().stream().map(s -> byId.get(s.stop().id())).toList());
        if (candidates.isEmpty()) {
            message.set(UserMessage.of("visits.message.noCandidates"));
        }
    }

    /** Moves a stop of the week plan to another of its days. */
    public void move(PlacedCandidate stop, LocalDate target) {
        List<WeekDay> result = new ArrayList<>();
        for (WeekDay d : week) {
            List<PlacedCandidate> stops = new ArrayList<>(d.stops());
            stops.removeIf(s -> s.customerId() == stop.customerId());
            if (d.day().equals(target)) {
                stops.add(stop);
            }
            result.add(new WeekDay(d.day(), stops));
        }
        leftOver.removeIf(s -> s.customerId() == stop.customerId());
        week.setAll(result);
    }

    /** Stores every day's stops as planned visits of that day. */
    public void save() {
        Map<LocalDate, List<PlacedCandidate>> toPlan = new LinkedHashMap<>();
        week.forEach(d -> toPlan.put(d.day(), d.stops()));
        runner.submit(context -> backend.planDays(toPlan), WorkCallbacks.<Integer>of(count -> {
            message.set(UserMessage.of("visits.message.weekSaved", count, toPlan.size()));
            week.clear();
            leftOver.clear();
        }, error -> message.set(UserMessage.of("visits.message.saveFailed", String.valueOf(error.getMessage())))));
    }
}
