package org.callsheet.ui.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.classification.ClassificationChange;
import org.callsheet.logic.classification.ClassificationOverride;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/** One customer's current classification, class-change history and manual status, for the customer editor's tab. */
public final class CustomerClassificationViewModel {
    private final AnalysisBackend backend;
    private final TaskRunner runner;
    private final long customerId;
    private final ObservableList<ClassificationChange> history = FXCollections.observableArrayList();
    private final ObjectProperty<ClassificationOverride> override = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>();
    private final BooleanProperty blackFace = new SimpleBooleanProperty();
    private final ObjectProperty<AnalysisBackend.CustomerResult> result = new SimpleObjectProperty<>();
    private Consumer<CustomerStatus> statusChanged = status -> { };

    public CustomerClassificationViewModel(AnalysisBackend backend, TaskRunner runner, long customerId) {
        this.backend = backend;
        this.runner = runner;
        this.customerId = customerId;
    }

    /** Newest change first. */
    public ObservableList<ClassificationChange> history() {
        return history;
    }

    /** The rep's manual status, null when the rules decide. */
    public ReadOnlyObjectProperty<ClassificationOverride> overrideProperty() {
        return override;
    }

    /** The rep's 黑脸 flag (docs/domain.md §5), as stored. */
    public ReadOnlyBooleanProperty blackFaceProperty() {
        return blackFace;
    }

    /** The customer's current classification; null before it is classified. */
    public ReadOnlyObjectProperty<AnalysisBackend.CustomerResult> resultProperty() {
        return result;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    /**
     * Runs on the UI thread with the customer's new status after a manual status was set or
     * cleared, so the editor's header and the customer table can show it at once.
     */
    public void setOnStatusChanged(Consumer<CustomerStatus> listener) {
        statusChanged = listener == null ? status -> { } : listener;
    }

    private record Loaded(List<ClassificationChange> history, Optional<ClassificationOverride> override,
                          Optional<CustomerStatus> status, boolean blackFace,
                          Optional<AnalysisBackend.CustomerResult> result) {
    }

    public void load() {
        runner.submit(context -> new Loaded(backend.history(customerId).reversed(), currentOverride(),
                        Optional.empty(), backend.blackFace(customerId), backend.result(customerId)),
                WorkCallbacks.<Loaded>of(this::show, error -> message.set(UserMessage.of("analysis.message.loadFailed"))));
    }

    private Optional<ClassificationOverride> currentOverride() {
        return backend.overrides().stream().filter(r -> r.customerId() == customerId).map(r -> r.detail()).findFirst();
    }

    private void show(Loaded loaded) {
        history.setAll(loaded.history());
        override.set(loaded.override().orElse(null));
        blackFace.set(loaded.blackFace());
        result.set(loaded.result().orElse(null));
    }

    /** Sets or clears the 黑脸 flag; the face follows at the next classification. */
    public void setBlackFace(boolean black) {
        if (black == blackFace.get()) {
            return;
        }
        change(() -> backend.setBlackFace(customerId, black),
                black ? "analysis.message.blackFaceSet" : "analysis.message.blackFaceCleared");
    }

    /** False (and a message) without a status or a reason. */
    public boolean setOverride(CustomerStatus status, String reason) {
        if (status == null || reason == null || reason.isBlank()) {
            message.set(UserMessage.of("analysis.message.reasonNeeded"));
            return false;
        }
        String why = reason.strip();
        change(() -> backend.override(customerId, status, why), "analysis.message.overridden");
        return true;
    }

    public void clearOverride() {
        change(() -> backend.clearOverride(customerId), "analysis.message.overrideCleared");
    }

    private void change(Runnable action, String doneKey) {
        runner.submit(context -> {
            action.run();
            return new Loaded(backend.history(customerId).reversed(), currentOverride(), backend.status(customerId),
                    backend.blackFace(customerId), backend.result(customerId));
        }, WorkCallbacks.<Loaded>of(loaded -> {
            message.set(UserMessage.of(doneKey));
            show(loaded);
            loaded.status().ifPresent(statusChanged);
        }, error -> message.set(UserMessage.of("analysis.message.failed"))));
    }
}
