package org.callsheet.ui.calls;

import org.callsheet.logic.reminders.CallServices;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.calls.CallFilter;
import org.callsheet.logic.calls.CallStatistics.DayFigures;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.model.Call;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The call log: calls of a date range, narrowed by outcome, rep and text, newest first, and the
 * figures of the last day of the range (calls, connected rate, talk time).
 */
public final class CallsViewModel {
    private final CallServices services;
    private final CustomerBook book;
    private final TaskRunner runner;
    private final StatusModel status;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<OutcomeChoice> outcome = new SimpleObjectProperty<>();
    private final ObservableList<OutcomeChoice> outcomeChoices = FXCollections.observableArrayList();
    private final StringProperty rep = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<CallLine> calls = FXCollections.observableArrayList();
    private final ObservableList<String> reps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DayFigures> figures = new ReadOnlyObjectWrapper<>();
    private long generation;

    public CallsViewModel(CallServices services, CustomerBook book, TaskRunner runner, Clock clock,
                          StatusModel status) {
        this.services = services;
        this.book = book;
        this.runner = runner;
        this.status = status;
        LocalDate today = LocalDate.now(clock);
        from.set(today.minusDays(6));
        to.set(today);
        from.addListener((obs, old, now) -> refresh());
        to.addListener((obs, old, now) -> refresh());
        outcome.addListener((obs, old, now) -> refresh());
        rep.addListener((obs, old, now) -> refresh());
        text.addListener((obs, old, now) -> refresh());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<OutcomeChoice> outcomeProperty() {
        return outcome;
    }

    /** Every outcome, offered or hidden, for the outcome filter. */
    public ObservableList<OutcomeChoice> outcomeChoices() {
        return outcomeChoices;
    }

    public StringProperty repProperty() {
        return rep;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<CallLine> calls() {
        return calls;
    }

    public ObservableList<String> reps() {
        return reps;
    }

    public ReadOnlyObjectProperty<DayFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Loads the reps once and the calls. */
    public void start() {
        runner.submit(context -> book.owners(), WorkCallbacks.<List<String>>of(reps::setAll, status.failure("callLog.error.reps")));
        refresh();
    }

    public void refresh() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first == null || last == null) {
            return;
        }
        LocalDate a = first.isAfter(last) ? last : first;
        LocalDate b = first.isAfter(last) ? first : last;
        OutcomeChoice only = outcome.get();
        CallFilter filter = CallFilter.ALL.byCaller(rep.get())
                .withOutcomes(only == null ? Set.of() : Set.of(only.outcome()));
        String query = text.get();
        String caller = rep.get();
        long mine = ++generation;
        runner.submit(context -> {
            OutcomeSettings configured = services.outcomes().get();
            List<Call> found = services.statistics().search(a, b, filter).stream()
                    .filter(c -> only == null || only.matches(c)).toList();
            Map<Long, String> names = CustomerNames.of(book,
                    found.stream().map(Call::customerId).collect(Collectors.toSet()));
            List<CallLine> lines = found.stream()
                    .map(c -> new CallLine(c, CustomerNames.name(names, c.customerId()), configured.choiceOf(c)))
                    .filter(l -> l.matches(query)).toList();
            List<OutcomeChoice> choices = configured.entries().stream().map(OutcomeSettings.Entry::choice).toList();
            return new Result(lines, services.statistics().day(b, caller), choices);
        }, WorkCallbacks.<Result>of(result -> {
            if (mine == generation) {
                calls.setAll(result.lines());
                figures.set(result.figures());
                if (!outcomeChoices.equals(result.choices())) {
                    outcomeChoices.setAll(result.choices());
                }
            }
        }, status.failure("callLog.error.load")));
    }

    private record Result(List<CallLine> lines, DayFigures figures, List<OutcomeChoice> choices) {
    }

    /** Deletes a logged call (the view asked first); the log and the figures follow. */
    public void delete(CallLine line, Runnable after) {
        runner.submit(context -> services.log().delete(line.call().id()).isPresent(),
                WorkCallbacks.<Boolean>of(deleted -> {
                    status.show(UserMessage.of(deleted ? "callLog.deleted" : "callLog.alreadyDeleted"));
                    refresh();
                    after.run();
                }, error -> status.show(UserMessage.of("callLog.error.delete"))));
    }
}
