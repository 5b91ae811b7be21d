package org.callsheet.ui.history;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.history.CustomerFieldHistory;
import org.callsheet.model.CustomerField;
import org.callsheet.model.CustomerFieldChange;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * One customer's field history, newest first, read a page at a time in the background (a customer
 * may have thousands of entries); {@link #filterProperty()} keeps one field's entries (null: all).
 */
public final class FieldHistoryViewModel {
    static final int PAGE = 100;

    private final CustomerFieldHistory history;
    private final TaskRunner runner;
    private final long customerId;
    private final ObservableList<CustomerFieldChange> entries = FXCollections.observableArrayList();
    private final ObservableList<CustomerField> fields = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerField> filter = new SimpleObjectProperty<>();
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> failure = new SimpleObjectProperty<>();
    /** Bumped by every reload, so a page read for an earlier filter is dropped. */
    private int generation;
    private boolean loaded;

    public FieldHistoryViewModel(CustomerFieldHistory history, TaskRunner runner, long customerId) {
        this.history = history;
        this.runner = runner;
        this.customerId = customerId;
        filter.addListener((obs, old, now) -> {
            if (loaded) {
                reload();
            }
        });
    }

    /** Reads the fields that have entries and the newest page (the first time the tab is shown). */
    public void load() {
        loaded = true;
        runner.submit(context -> history.fieldsChanged(customerId), WorkCallbacks.<List<CustomerField>>of(
                fields::setAll, this::failed));
        reload();
    }

    /** Appends the next page of older entries. */
    public void loadMore() {
        if (loading.get() || !more.get()) {
            return;
        }
        readPage(entries.size(), generation);
    }

    private void reload() {
        generation++;
        entries.clear();
        more.set(false);
        readPage(0, generation);
    }

    private void readPage(int offset, int asked) {
        loading.set(true);
        failure.set(null);
        Optional<CustomerField> field = Optional.ofNullable(filter.get());
        runner.submit(context -> history.newestFirst(customerId, field, offset, PAGE + 1),
                WorkCallbacks.<List<CustomerFieldChange>>of(page -> {
                    if (asked != generation) {
                        return;
                    }
                    loading.set(false);
                    more.set(page.size() > PAGE);
                    entries.addAll(page.size() > PAGE ? page.subList(0, PAGE) : page);
                }, error -> {
                    if (asked == generation) {
                        loading.set(false);
                        failed(error);
                    }
                }));
    }

    private void failed(Throwable error) {
        failure.set(UserMessage.of("history.loadFailed"));
    }

    // ---- state

    /** The entries read so far, newest first. */
    public ObservableList<CustomerFieldChange> entries() {
        return entries;
    }

    /** The fields the customer's history has entries for (the filter's choices besides "all"). */
    public ObservableList<CustomerField> fields() {
        return fields;
    }

    public ObjectProperty<CustomerField> filterProperty() {
        return filter;
    }

    /** True when older entries than those shown exist. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyObjectProperty<UserMessage> failureProperty() {
        return failure;
    }
}
