package org.callsheet.ui.funnel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.funnel.FunnelEntry;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.logic.funnel.OpportunityService;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The list of opportunities with its filters: current stage, the stage reached at least (as the
 * funnel counts it, so a click on a funnel stage lists exactly the opportunities it counts), owner,
 * status, created between two days, and text in the title or the customer's name.
 */
public final class OpportunityListViewModel {
    private final OpportunityService service;
    private final TaskRunner runner;
    private final StatusModel status;
    private final ZoneId zone;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<Stage> reached = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<OpportunityStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<OpportunityCard> rows = FXCollections.observableArrayList();
    private Job pending = Job.DONE;
    private boolean settingAll;

    public OpportunityListViewModel(OpportunityService service, TaskRunner runner, StatusModel status, ZoneId zone) {
        this.service = service;
        this.runner = runner;
        this.status = status;
        this.zone = zone;
        for (javafx.beans.Observable filter : List.<javafx.beans.Observable>of(stage, reached, owner, statusFilter, from, to)) {
            filter.addListener(obs -> filtersChanged());
        }
        text.addListener((obs, old, now) -> {
            pending.cancel();
            pending = runner.schedule(java.time.Duration.ofMillis(200), this::refresh);
        });
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<Stage> reachedProperty() {
        return reached;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<OpportunityStatus> statusProperty() {
        return statusFilter;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<OpportunityCard> rows() {
        return rows;
    }

    /** Shows the opportunities behind a funnel stage: those that reached it in the period, of the owner. */
    public void showReached(Stage stage, LocalDate periodFrom, LocalDate periodTo, String ownerName) {
        settingAll = true;
        try {
            this.stage.set(null);
            this.statusFilter.set(null);
            this.text.set("");
            this.reached.set(stage);
            this.from.set(periodFrom);
            this.to.set(periodTo);
            this.owner.set(ownerName == null ? "" : ownerName);
        } finally {
            settingAll = false;
        }
        refresh();
    }

    /** Clears every filter. */
    public void clearFilters() {
        showReached(null, null, null, null);
    }

    public void refresh() {
        pending.cancel();
        OpportunityFilter filter = filter();
        Stage atLeast = reached.get();
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && last.isBefore(first)) {
            rows.clear();
            status.show(org.callsheet.ui.common.UserMessage.of("funnel.message.periodBackwards"));
            return;
        }
        runner.submit(context -> BoardViewModel.cards(service, service.search(filter).stream()
                        .filter(row -> atLeast == null || reachedAtLeast(row.opportunity(), atLeast)).toList()),
                WorkCallbacks.<List<OpportunityCard>>of(rows::setAll,
                        FunnelFailures.to(status, "funnel.message.loadFailed")));
    }

    OpportunityFilter filter() {
        String ownerName = owner.get() == null || owner.get().isBlank() ? null : owner.get().strip();
        String words = text.get() == null || text.get().isBlank() ? null : text.get().strip();
        return new OpportunityFilter(null, stage.get(), statusFilter.get(), ownerName,
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(), words);
    }

    /** Whether the funnel counts the opportunity as having reached {@code stage} (its furthest stage is it or later). */
    static boolean reachedAtLeast(Opportunity o, Stage stage) {
        FunnelEntry entry = new FunnelEntry(o.id(), o.terms().owner(), o.createdAt(), o.stage(), o.state().status(),
                o.terms().amount(), o.state().probability(), o.stageDates(), o.state().lostReason());
        return entry.furthest().ordinal() >= stage.ordinal();
    }

    private void filtersChanged() {
        if (!settingAll) {
            refresh();
        }
    }
}
