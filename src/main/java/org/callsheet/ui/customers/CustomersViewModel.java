package org.callsheet.ui.customers;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * State and commands of the customer book: search text, filters and sort go in, a lazily loaded
 * list of rows comes out. Queries run in the background, debounced while the user types; only the
 * newest query's result is shown.
 */
public final class CustomersViewModel {
    public static final Duration DEBOUNCE = Duration.ofMillis(150);

    private final CustomerBook book;
    private final CustomerService service;
    private final TaskRunner runner;
    private final StatusModel status;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final CustomerFilters filters;
    private final ObjectProperty<CustomerSort> sort = new SimpleObjectProperty<>(CustomerSort.DEFAULT);


    private final ObjectProperty<CustomerRowList> rows = new SimpleObjectProperty<>();
    private final IntegerProperty shownCount = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Long> selectAfterQuery = new SimpleObjectProperty<>();

    private long generation;
    private Job pendingQuery = Job.DONE;
    private Job runningQuery = Job.DONE;
    private boolean staleIds;

    public CustomersViewModel(CustomerBook book, CustomerService service, TaskRunner runner, StatusModel status) {
        this.book = book;
        this.service = service;
        this.runner = runner;
        this.status = status;
        this.filters = new CustomerFilters(book, runner, this::requestQuery);
        rows.set(new CustomerRowList(new long[0], book::rows, runner));
        searchText.addListener((obs, old, now) -> requestQuery());
        sort.addListener((obs, old, now) -> queryNow());
    }

    // ---- state

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<CustomerSort> sortProperty() {
        return sort;
    }

    public ReadOnlyObjectProperty<CustomerRowList> rowsProperty() {
        return rows;
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** A customer the view should select when the next rows arrive (after a save). */
    public ReadOnlyObjectProperty<Long> selectAfterQueryProperty() {
        return selectAfterQuery;
    }

    public CustomerFilters filters() {
        return filters;
    }

    // ---- commands

    /** Loads the filter choices and shows the first page; call once when the screen opens. */
    public void start() {
        reloadChoices();
        queryNow();
    }

    public void reloadChoices() {
        filters.reloadChoices();
    }

    public void clearFilters() {
        filters.clearQuietly();
        queryNow();
    }

    /** Shows the customers matching {@code filter} only (from a chart or list of the Analysis screen). */
    public void showFiltered(CustomerFilter filter) {
        searchText.set("");
        filters.applyQuietly(filter);
        queryNow();
    }

    /** Asks again at once, e.g. after the search index became ready. */
    public void refresh() {
        queryNow();
    }

    /** After customers were added, changed or removed elsewhere (demo data, import). */
    public void dataChanged() {
        reloadChoices();
        query(true);
        status.refreshCount(runner, book);
    }

    /** After a customer was saved: forget cached ids, query again and select it. */
    public void customerSaved(long id) {
        selectAfterQuery.set(id);
        dataChanged();
    }

    /** Deletes a customer (the view asked the user first) and offers to undo it. */
    public void delete(long id, String name) {
        runner.submit(context -> service.delete(id), WorkCallbacks.<Optional<CustomerSnapshot>>of(snapshot -> {
            query(true);
            status.refreshCount(runner, book);
            snapshot.ifPresentOrElse(
                    s -> status.showWithUndo(UserMessage.of("status.deleted", name), () -> undoDelete(s)),
                    () -> status.show(UserMessage.of("status.alreadyDeleted", name)));
        }, error -> status.show(UserMessage.of("status.deleteFailed", name))));
    }

    private void undoDelete(CustomerSnapshot snapshot) {
        String name = snapshot.customer().name();
        runner.submit(context -> {
            service.undoDelete(snapshot);
            return snapshot.customer().id();
        }, WorkCallbacks.<Long>of(id -> {
            status.show(UserMessage.of("status.restored", name));
            customerSaved(id);
        }, error -> status.show(UserMessage.of("status.restoreFailed", name))));
    }

    // ---- querying

    private void requestQuery() {
        pendingQuery.cancel();
        pendingQuery = runner.schedule(DEBOUNCE, this::queryNow);
    }

    private void queryNow() {
        query(false);
    }

    /** Runs the query in the background; {@code invalidate} drops the book's cached ids first. */
    private void query(boolean invalidate) {
        // stays set until a query that dropped the cache got through, since a superseded one never runs
        staleIds |= invalidate;
        boolean dropCache = staleIds;
        pendingQuery.cancel();
        runningQuery.cancel();
        long current = ++generation;
        CustomerFilter filter = filters.current();
        CustomerSort order = sort.get();
        String text = searchText.get() == null ? "" : searchText.get();
        busy.set(true);
        runningQuery = runner.submit(context -> {
            // the book's lock may be held by a running query, so this waits here, never on the FX thread
            if (dropCache) {
                book.invalidate();
            }
            return book.query(filter, order, text);
        }, WorkCallbacks.<long[]>of(ids -> {
            if (dropCache) {
                staleIds = false;
            }
            if (current == generation) {
                show(ids);
            }
        }, error -> {
            if (current == generation) {
                busy.set(false);
                status.show(UserMessage.of("status.queryFailed"));
            }
        }));
    }

    private void show(long[] ids) {
        CustomerRowList old = rows.get();
        rows.set(new CustomerRowList(ids, book::rows, runner));
        if (old != null) {
            old.dispose();
        }
        // views select it while handling the rows change above; after that the wish is spent
        selectAfterQuery.set(null);
        shownCount.set(ids.length);
        busy.set(false);
    }
}
