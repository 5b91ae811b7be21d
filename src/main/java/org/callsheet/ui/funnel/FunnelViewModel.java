package org.callsheet.ui.funnel;

import org.callsheet.logic.funnel.chart.FunnelMeasure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.callsheet.logic.funnel.FunnelFilter;
import org.callsheet.logic.funnel.FunnelService;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The funnel chart's state: the period (by created date) and owner, counts or amounts, the figures
 * of the period and of the one of the same length before it; a stage chosen opens its opportunities.
 */
public final class FunnelViewModel {
    /** Opens the opportunities that reached a stage in the period, of the owner (null for everyone). */
    @FunctionalInterface
    public interface StageOpener {
        void open(Stage stage, LocalDate from, LocalDate to, String owner);
    }

    private final FunnelService funnel;
    private final TaskRunner runner;
    private final StatusModel status;
    private final StageOpener opener;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<FunnelMeasure> measure = new SimpleObjectProperty<>(FunnelMeasure.COUNT);
    private final ObjectProperty<FunnelComparison> figures = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private Job job = Job.DONE;

    /** The period starts as the last six months up to today. */
    public FunnelViewModel(FunnelService funnel, TaskRunner runner, StatusModel status, Clock clock, StageOpener opener) {
        this.funnel = funnel;
        this.runner = runner;
        this.status = status;
        this.opener = opener;
        LocalDate today = LocalDate.now(clock);
        to.set(today);
        from.set(today.minusMonths(6).plusDays(1));
        for (javafx.beans.Observable filter : List.<javafx.beans.Observable>of(from, to, owner)) {
            filter.addListener(obs -> refresh());
        }
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<FunnelMeasure> measureProperty() {
        return measure;
    }

    public ReadOnlyObjectProperty<FunnelComparison> figuresProperty() {
        return figures;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Sets the period at once (one refresh). */
    public void setPeriod(LocalDate first, LocalDate last) {
        job.cancel();
        from.set(first);
        to.set(last);
    }

    public void refresh() {
        job.cancel();
        FunnelFilter filter;
        try {
            filter = new FunnelFilter(from.get(), to.get(), owner.get());
        } catch (IllegalArgumentException backwards) {
            status.show(UserMessage.of("funnel.message.periodBackwards"));
            return;
        }
        loading.set(true);
        job = runner.submit(context -> new FunnelComparison(filter, funnel.figures(filter),
                        filter.previousPeriod().map(funnel::figures)),
                WorkCallbacks.<FunnelComparison>of(read -> {
                    loading.set(false);
                    figures.set(read);
                }, error -> {
                    loading.set(false);
                    status.failure("funnel.message.loadFailed").accept(error);
                }));
    }

    /** Lists the opportunities the funnel counts at {@code stage} for the figures shown. */
    public void openStage(Stage stage) {
        FunnelComparison shown = figures.get();
        FunnelFilter filter = shown == null ? new FunnelFilter(from.get(), to.get(), owner.get()) : shown.filter();
        opener.open(stage, filter.from(), filter.to(), filter.owner());
    }

    Optional<FunnelComparison> shown() {
        return Optional.ofNullable(figures.get());
    }
}
