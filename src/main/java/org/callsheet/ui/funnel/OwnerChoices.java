package org.callsheet.ui.funnel;

import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/** The owners offered by the funnel's owner filters, read again each time a list opens. */
final class OwnerChoices {
    private final Supplier<List<String>> owners;
    private final TaskRunner runner;
    private final StatusModel status;
    private final ObservableList<String> shown = FXCollections.observableArrayList();

    OwnerChoices(Supplier<List<String>> owners, TaskRunner runner, StatusModel status) {
        this.owners = owners;
        this.runner = runner;
        this.status = status;
    }

    ObservableList<String> owners() {
        return shown;
    }

    /** Reads the owners in the background; a failure is said in the status bar. */
    void load() {
        runner.submit(context -> owners.get(), WorkCallbacks.<List<String>>of(read -> {
            if (!read.equals(shown)) {
                shown.setAll(read);
            }
        }, status.failure("funnel.message.ownersFailed")));
    }
}
