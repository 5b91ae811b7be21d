package org.callsheet.ui.today;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.calls.CallStatistics.DayFigures;
import org.callsheet.logic.visits.VisitTally;
import java.util.function.Function;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.reminders.Agenda;
import org.callsheet.logic.reminders.CallListEntry;
import org.callsheet.logic.reminders.ChecklistItem;
import org.callsheet.logic.reminders.DueFollowUp;
import org.callsheet.model.FollowUp;
import org.callsheet.model.KeyDate;
import org.callsheet.logic.reminders.CallServices;
import org.callsheet.ui.calls.CustomerNames;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The day at a glance: the agenda (overdue and due follow-ups, key dates, holidays), today's call
 * list with reasons, the end-of-day checklist and today's figures; commands on follow-ups and
 * checklist ticks; and the follow-ups that come due while the app is open.
 */
public final class TodayViewModel {
    /** How long "snooze" hides a follow-up. */
    public static final Duration SNOOZE = Duration.ofHours(1);

    private final CallServices services;
    private final CustomerBook book;
    private final TaskRunner runner;
    private final Clock clock;
    private final StatusModel status;
    private final String rep;
    private final ObservableList<AgendaLine> agenda = FXCollections.observableArrayList();
    private final ObservableList<CallListEntry> callList = FXCollections.observableArrayList();
    private final ObservableList<ChecklistItem> checklist = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DayFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VisitTally> visits = new ReadOnlyObjectWrapper<>();
    private Function<LocalDate, VisitTally> visitTally;
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final Set<Long> announced = new HashSet<>();
    private Instant lastCheck;
    private long generation;

    public TodayViewModel(CallServices services, CustomerBook book, TaskRunner runner, Clock clock,
                          StatusModel status, String rep) {
        this.services = services;
        this.book = book;
        this.runner = runner;
        this.clock = clock;
        this.status = status;
        this.rep = rep == null ? "" : rep;
        this.lastCheck = clock.instant();
    }

    public ObservableList<AgendaLine> agenda() {
        return agenda;
    }

    public ObservableList<CallListEntry> callList() {
        return callList;
    }

    public ObservableList<ChecklistItem> checklist() {
        return checklist;
    }

    public ReadOnlyObjectProperty<DayFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Today's visits planned and done; stays empty unless {@link #countVisits} gave a source. */
    public ReadOnlyObjectProperty<VisitTally> visitsProperty() {
        return visits.getReadOnlyProperty();
    }

    /** Counts today's visits with every refresh (the app built with visits). */
    public void countVisits(Function<LocalDate, VisitTally> tally) {
        this.visitTally = tally;
    }

    public boolean countsVisits() {
        return visitTally != null;
    }

    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Loads everything again (after a call is logged, a follow-up changed, or a new day began). */
    public void refresh() {
        long mine = ++generation;
        loading.set(true);
        Function<LocalDate, VisitTally> tally = visitTally;
        runner.submit(context -> {
            Agenda day = services.agenda().today();
            List<CallListEntry> list = services.callList().today();
            Set<Long> ids = new HashSet<>();
            day.followUps().forEach(d -> ids.add(d.followUp().customerId()));
            day.keyDates().forEach(k -> ids.add(k.customerId()));
            Map<Long, String> names = CustomerNames.of(book, ids);
            List<AgendaLine> lines = new ArrayList<>();
            for (DueFollowUp d : day.followUps()) {
                lines.add(new AgendaLine.Due(d.followUp(), CustomerNames.name(names, d.followUp().customerId()),
                        d.overdue()));
            }
            for (KeyDate k : day.keyDates()) {
                lines.add(new AgendaLine.Key(k, CustomerNames.name(names, k.customerId())));
            }
            day.holidays().forEach(h -> lines.add(new AgendaLine.Holiday(h.holiday(), h.customers())));
            return new Loaded(day.date(), lines, list, day.checklist(), services.statistics().today(rep),
                    tally == null ? null : tally.apply(day.date()));
        }, WorkCallbacks.<Loaded>of(loaded -> {
            if (mine != generation) {
                return;
            }
            date.set(loaded.date());
            agenda.setAll(loaded.lines());
            callList.setAll(loaded.callList());
            checklist.setAll(loaded.checklist());
            figures.set(loaded.figures());
            visits.set(loaded.visits());
            loading.set(false);
        }, error -> {
            loading.set(false);
            status.show(UserMessage.of("today.error.load"));
        }));
    }

    private record Loaded(LocalDate date, List<AgendaLine> lines, List<CallListEntry> callList,
                          List<ChecklistItem> checklist, DayFigures figures, VisitTally visits) {
    }

    public void complete(FollowUp followUp) {
        change(() -> services.followUps().complete(followUp.id()), "today.followUp.completed");
    }

    public void cancel(FollowUp followUp) {
        change(() -> services.followUps().cancel(followUp.id()), "today.followUp.cancelled");
    }

    public void snooze(FollowUp followUp) {
        change(() -> services.followUps().snooze(followUp.id(), SNOOZE), "today.followUp.snoozed");
    }

    /** Moves the follow-up to a new time; refused (false) when that time is not in the future. */
    public boolean reschedule(FollowUp followUp, LocalDateTime when) {
        Instant at = when.atZone(clock.getZone()).toInstant();
        if (!at.isAfter(clock.instant())) {
            return false;
        }
        change(() -> services.followUps().reschedule(followUp.id(), at), "today.followUp.rescheduled");
        return true;
    }

    /** Ticks an end-of-day item on or off; the tick is stored for the day. */
    public void setDone(ChecklistItem item, boolean done) {
        LocalDate day = date.get() == null ? LocalDate.now(clock) : date.get();
        runner.submit(context -> {
            if (done) {
                services.agenda().tick(day, item.kind(), item.customer().id());
            } else {
                services.agenda().untick(day, item.kind(), item.customer().id());
            }
            return Boolean.TRUE;
        }, WorkCallbacks.<Boolean>of(ok -> {
            int i = checklist.indexOf(item);
            if (i >= 0) {
                checklist.set(i, new ChecklistItem(item.kind(), item.customer(), done));
            }
        }, error -> status.show(UserMessage.of("today.error.save"))));
    }

    private void change(Runnable action, String doneKey) {
        runner.submit(context -> {
            action.run();
            return Boolean.TRUE;
        }, WorkCallbacks.<Boolean>of(ok -> {
            status.show(UserMessage.of(doneKey));
            refresh();
        }, error -> {
            status.show(UserMessage.of("today.error.save"));
            refresh();
        }));
    }

    /**
     * Looks for timed follow-ups that came due since the last look (each is announced once) and
     * hands them to {@code announce}; the list is refreshed when there are any.
     */
    public void checkDue(Consumer<List<AgendaLine.Due>> announce) {
        Instant since = lastCheck;
        Instant now = clock.instant();
        lastCheck = now;
        runner.submit(context -> {
            List<DueFollowUp> due = services.followUps().dueOn(LocalDate.now(clock));
            List<DueFollowUp> fresh = due.stream().filter(d -> d.followUp().effectiveAt().isAfter(since)
                    && !d.followUp().effectiveAt().isAfter(now)).toList();
            Map<Long, String> names = CustomerNames.of(book, new HashSet<>(fresh.stream()
                    .map(d -> d.followUp().customerId()).toList()));
            return fresh.stream().map(d -> new AgendaLine.Due(d.followUp(),
                    CustomerNames.name(names, d.followUp().customerId()), false)).toList();
        }, WorkCallbacks.<List<AgendaLine.Due>>of(found -> {
            List<AgendaLine.Due> news = found.stream().filter(d -> announced.add(d.followUp().id())).toList();
            if (!news.isEmpty()) {
                announce.accept(news);
                refresh();
            }
        }, status.failure("today.error.due")));
    }
}
