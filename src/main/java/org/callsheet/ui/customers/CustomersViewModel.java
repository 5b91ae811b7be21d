package org.callsheet.ui.customers;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.model.CustomerStatus;
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
    private final ObservableSet<CustomerStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(CustomerStatus.class));
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty district = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final ObjectProperty<CustomerSort> sort = new SimpleObjectProperty<>(CustomerSort.DEFAULT);

    private final ObservableList<String> provinces = FXCollections.observableArrayList();
    private final ObservableList<String> cities = FXCollections.observableArrayList();
    private final ObservableList<String> districts = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();

    private final ObjectProperty<CustomerRowList> rows = new SimpleObjectProperty<>();
    private final IntegerProperty shownCount = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Long> selectAfterQuery = new SimpleObjectProperty<>();

    private long generation;
    private Job pendingQuery = Job.DONE;
    private Job runningQuery = Job.DONE;
    private boolean adjustingFilters;
    private boolean staleIds;

    public CustomersViewModel(CustomerBook book, CustomerService service, TaskRunner runner, StatusModel status) {
        this.book = book;
        this.service = service;
        this.runner = runner;
        this.status = status;
        rows.set(new CustomerRowList(new long[0], book::rows, runner));
        searchText.addListener((obs, old, now) -> requestQuery());
        statuses.addListener((SetChangeListener<CustomerStatus>) change -> filtersChanged());
        province.addListener((obs, old, now) -> {
            withFiltersAdjusting(() -> {
                city.set("");
                district.set("");
                districts.clear();
            });
            loadChoices(() -> now == null || now.isBlank() ? List.of() : book.cities(now), cities);
            filtersChanged();
        });
        city.addListener((obs, old, now) -> {
            withFiltersAdjusting(() -> district.set(""));
            loadChoices(() -> now == null || now.isBlank() ? List.of() : book.districts(province.get(), now),
                    districts);
            filtersChanged();
        });
        district.addListener((obs, old, now) -> filtersChanged());
        owner.addListener((obs, old, now) -> filtersChanged());
        tag.addListener((obs, old, now) -> filtersChanged());
        sort.addListener((obs, old, now) -> queryNow());
    }

    // ---- state

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableSet<CustomerStatus> statuses() {
        return statuses;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObjectProperty<CustomerSort> sortProperty() {
        return sort;
    }

    public ObservableList<String> provinces() {
        return provinces;
    }

    public ObservableList<String> cities() {
        return cities;
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ObservableList<String> tags() {
        return tags;
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

    public CustomerFilter currentFilter() {
        return new CustomerFilter(statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses),
                province.get(), city.get(), district.get(), owner.get(), tag.get());
    }

    public boolean hasFilters() {
        return !currentFilter().isAll();
    }

    // ---- commands

    /** Loads the filter choices and shows the first page; call once when the screen opens. */
    public void start() {
        reloadChoices();
        queryNow();
    }

    public void reloadChoices() {
        loadChoices(book::provinces, provinces);
        loadChoices(book::owners, owners);
        loadChoices(book::tags, tags);
    }

    public void clearFilters() {
        withFiltersAdjusting(() -> {
            statuses.clear();
            province.set("");
            city.set("");
            district.set("");
            owner.set("");
            tag.set("");
        });
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

    private void filtersChanged() {
        if (!adjustingFilters) {
            requestQuery();
        }
    }

    private void withFiltersAdjusting(Runnable change) {
        boolean was = adjustingFilters;
        adjustingFilters = true;
        try {
            change.run();
        } finally {
            adjustingFilters = was;
        }
    }

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
        CustomerFilter filter = currentFilter();
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

    private void loadChoices(Supplier<List<String>> source, ObservableList<String> target) {
        runner.submit(context -> source.get(), WorkCallbacks.<List<String>>of(target::setAll, error -> target.clear()));
    }
}
