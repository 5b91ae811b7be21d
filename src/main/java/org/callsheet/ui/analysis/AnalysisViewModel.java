package org.callsheet.ui.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.QuadrantMove;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * State and commands of the Analysis screen: the charts' and lists' data read in the background,
 * the as-of date and a cancellable reclassification, quadrant movement between two dates, and
 * the drill-down that opens the customer book filtered to a chart cell or list entry.
 */
public final class AnalysisViewModel {
    private final AnalysisBackend backend;
    private final TaskRunner runner;
    private final Consumer<CustomerFilter> openCustomers;

    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<AnalysisData> data = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> movementFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> movementTo = new SimpleObjectProperty<>();
    private final ObservableList<QuadrantMove> movement = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>();

    private Job loadJob = Job.DONE;
    private Job workJob = Job.DONE;

    /** {@code openCustomers} switches to the customer book with the filter applied. */
    public AnalysisViewModel(AnalysisBackend backend, TaskRunner runner, Consumer<CustomerFilter> openCustomers) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.runner = runner;
        this.openCustomers = openCustomers;
        LocalDate today = backend.today();
        asOf.set(today);
        movementTo.set(today);
        movementFrom.set(today.minusMonths(6));
    }

    // ---- state

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ReadOnlyObjectProperty<AnalysisData> dataProperty() {
        return data;
    }

    public ObjectProperty<LocalDate> movementFromProperty() {
        return movementFrom;
    }

    public ObjectProperty<LocalDate> movementToProperty() {
        return movementTo;
    }

    public ObservableList<QuadrantMove> movement() {
        return movement;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True while a reclassification or snapshot runs (it can be cancelled). */
    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** 0–1 while working, -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    // ---- commands

    /** Reads every chart and list again. */
    public void refresh() {
        loadJob.cancel();
        loading.set(true);
        loadJob = runner.submit(context -> AnalysisData.read(backend), WorkCallbacks.<AnalysisData>of(read -> {
            loading.set(false);
            data.set(read);
        }, error -> {
            loading.set(false);
            message.set(UserMessage.of("analysis.message.loadFailed"));
        }));
    }

    /** Classifies every customer as of the chosen date, then shows the new results. */
    public void reclassify() {
        if (working.get()) {
            return;
        }
        LocalDate date = asOf.get() == null ? backend.today() : asOf.get();
        startWork(context -> backend.reclassifyAll(date, phased(context), context::isCancelled),
                changed -> {
                    if (changed.isEmpty()) {
                        message.set(UserMessage.of("analysis.message.cancelled"));
                    } else {
                        message.set(UserMessage.of("analysis.message.reclassified", changed.getAsLong()));
                        refresh();
                    }
                });
    }

    /**
     * Shows how customers moved between the quadrants from one date to the other, storing the
     * snapshot of a date first when there is none yet.
     */
    public void showMovement() {
        if (working.get() || movementFrom.get() == null || movementTo.get() == null) {
            return;
        }
        LocalDate from = movementFrom.get();
        LocalDate to = movementTo.get();
        startWork(context -> {
            List<LocalDate> stored = backend.snapshotDates();
            for (LocalDate date : List.of(from, to)) {
                if (!stored.contains(date) && !context.isCancelled()) {
                    backend.snapshot(date, phased(context), context::isCancelled);
                }
            }
            return context.isCancelled() ? null : backend.movement(from, to);
        }, moves -> {
            if (moves == null) {
                message.set(UserMessage.of("analysis.message.cancelled"));
            } else {
                movement.setAll(moves.stream().filter(m -> m.customers() > 0).toList());
            }
        });
    }

    /**
     * Sets a customer's status by hand with the reason; false (and a message) when the reason is
     * missing. The lists and charts are read again afterwards.
     */
    public boolean setOverride(long customerId, CustomerStatus status, String reason) {
        if (status == null || reason == null || reason.isBlank()) {
            message.set(UserMessage.of("analysis.message.reasonNeeded"));
            return false;
        }
        String why = reason.strip();
        runner.submit(context -> {
            backend.override(customerId, status, why);
            return Boolean.TRUE;
        }, WorkCallbacks.<Boolean>of(done -> {
            message.set(UserMessage.of("analysis.message.overridden"));
            refresh();
        }, error -> message.set(UserMessage.of("analysis.message.failed"))));
        return true;
    }

    /** Lets the rules decide a customer's status again. */
    public void clearOverride(long customerId) {
        runner.submit(context -> {
            backend.clearOverride(customerId);
            return Boolean.TRUE;
        }, WorkCallbacks.<Boolean>of(done -> {
            message.set(UserMessage.of("analysis.message.overrideCleared"));
            refresh();
        }, error -> message.set(UserMessage.of("analysis.message.failed"))));
    }

    public void cancel() {
        workJob.cancel();
    }

    // ---- drill-down

    public void openTier(CustomerStatus status) {
        openCustomers.accept(CustomerFilter.ofStatus(status));
    }

    public void openSegment(RfmSegment segment) {
        openCustomers.accept(CustomerFilter.ofSegment(segment));
    }

    public void openQuadrant(ValueQuadrant quadrant) {
        openCustomers.accept(CustomerFilter.ofQuadrant(quadrant));
    }

    public void openChurnWarnings() {
        openCustomers.accept(CustomerFilter.churnWarnings());
    }

    public void openCustomer(long customerId) {
        openCustomers.accept(CustomerFilter.ofCustomer(customerId));
    }

    // ---- background work

    private <T> void startWork(org.callsheet.ui.concurrent.Work<T> work, Consumer<T> done) {
        working.set(true);
        progress.set(-1);
        message.set(null);
        workJob = runner.submit(work, new WorkCallbacks<T>(result -> {
            working.set(false);
            done.accept(result);
        }, error -> {
            working.set(false);
            message.set(UserMessage.of("analysis.message.failed"));
        }, (d, t) -> progress.set(t <= 0 ? -1 : (double) d / t), () -> {
            working.set(false);
            message.set(UserMessage.of("analysis.message.cancelled"));
        }));
    }

    /** Reading is most of a run; classifying and writing share the rest. */
    static ClassificationProgress phased(org.callsheet.ui.concurrent.WorkContext context) {
        return (phase, done, total) -> {
            double within = total <= 0 ? 0 : Math.min(1, (double) done / total);
            double overall = switch (phase) {
                case READING -> 0.6 * within;
                case CLASSIFYING -> 0.6 + 0.2 * within;
                case WRITING -> 0.8 + 0.2 * within;
            };
            context.progress(Math.round(overall * 1000), 1000);
        };
    }

}
