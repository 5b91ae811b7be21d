package org.callsheet.ui.safety;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.BackupKind;
import org.callsheet.logic.safety.BackupRetention;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.safety.UnusableBackupException;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The backups part of Settings: the list (date, kind, size), "Back up now", how many to keep, and
 * a restore that first checks the backup and shows its counts beside the current ones.
 */
public final class BackupsViewModel {
    private final SafetyTools tools;
    private final TaskRunner runner;
    private final ObservableList<BackupInfo> backups = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> keepDays = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> keepWeeks = new SimpleObjectProperty<>();

    public BackupsViewModel(SafetyTools tools, TaskRunner runner) {
        this.tools = tools;
        this.runner = runner;
    }

    public ObservableList<BackupInfo> backups() {
        return backups;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    public ObjectProperty<Integer> keepDaysProperty() {
        return keepDays;
    }

    public ObjectProperty<Integer> keepWeeksProperty() {
        return keepWeeks;
    }

    /** Reads the list and the retention. */
    public void load() {
        busy.set(true);
        runner.submit(context -> new Loaded(tools.safety().backups(), tools.settings().retention()),
                WorkCallbacks.<Loaded>of(loaded -> {
                    busy.set(false);
                    backups.setAll(loaded.backups());
                    keepDays.set(loaded.retention().days());
                    keepWeeks.set(loaded.retention().weeks());
                }, this::failed));
    }

    private record Loaded(java.util.List<BackupInfo> backups, BackupRetention retention) {
    }

    /** Stores how many backups to keep; they apply from the next backup. */
    public void saveRetention() {
        if (keepDays.get() == null || keepWeeks.get() == null) {
            return;
        }
        BackupRetention retention = new BackupRetention(keepDays.get(), keepWeeks.get());
        runner.submit(context -> {
            tools.settings().setRetention(retention);
            return retention;
        }, WorkCallbacks.of(saved -> message.set(UserMessage.of("backups.retentionSaved")), this::failed));
    }

    public void backUpNow() {
        busy.set(true);
        message.set(UserMessage.of("backups.working"));
        runner.submit(context -> tools.safety().backup(BackupKind.MANUAL, tools.settings().retention()),
                WorkCallbacks.<BackupInfo>of(taken -> {
                    message.set(UserMessage.of("backups.done", taken.file().getFileName().toString()));
                    load();
                }, this::failed));
    }

    /** Asks for a compaction of the file when the window closes. */
    public void compactOnExit() {
        runner.submit(context -> {
            tools.safety().compactOnExit();
            return Boolean.TRUE;
        }, WorkCallbacks.of(asked -> message.set(UserMessage.of("backups.compactOnExitAsked")), this::failed));
    }

    /** Opens the backup on the side and counts it and the current book; {@code compare} then asks the user. */
    public void checkForRestore(BackupInfo backup, Consumer<RestoreComparison> compare) {
        busy.set(true);
        message.set(UserMessage.of("backups.checking"));
        runner.submit(context -> new RestoreComparison(tools.safety().inspect(backup.file()),
                        tools.safety().currentCounts()),
                WorkCallbacks.<RestoreComparison>of(comparison -> {
                    busy.set(false);
                    message.set(null);
                    compare.accept(comparison);
                }, this::failed));
    }

    /** Backs up the current book, restores the checked backup and starts Callsheet anew. */
    public void restore(RestoreComparison agreed) {
        busy.set(true);
        message.set(UserMessage.of("backups.restoring"));
        runner.submit(context -> tools.safety().restore(agreed.backup(), tools.settings().retention()),
                WorkCallbacks.<BackupInfo>of(before -> tools.restart().run(), this::failed));
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof UnusableBackupException unusable) {
            message.set(UserMessage.of(unusable.needsAnotherPassword() ? "backups.restorePassword"
                    : "restore.error.unusable", unusable.file().toString()));
        } else if (StorageUnavailableException.in(error).isPresent()) {
            // the window says what happened in its own alert; here only that it did not work
            message.set(UserMessage.of("backups.failedStorage"));
        } else {
            message.set(UserMessage.of("backups.failed", String.valueOf(error.getMessage())));
        }
    }
}
