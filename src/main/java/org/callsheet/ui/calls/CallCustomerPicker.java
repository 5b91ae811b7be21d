package org.callsheet.ui.calls;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.model.CustomerRow;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * Finding the customer of a call by name, pinyin or phone with the customer book's search: typing
 * updates the hits (debounced), choosing one sets the customer.
 */
public final class CallCustomerPicker {
    static final int MAX_HITS = 12;
    private static final Duration DEBOUNCE = Duration.ofMillis(150);

    private final CustomerBook book;
    private final TaskRunner runner;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CustomerRow> hits = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerRow> chosen = new SimpleObjectProperty<>();
    private Job pending = Job.DONE;
    private long generation;
    private boolean choosing;

    public CallCustomerPicker(CustomerBook book, TaskRunner runner) {
        this.book = book;
        this.runner = runner;
        query.addListener((obs, old, now) -> {
            if (!choosing) {
                chosen.set(null);
                pending.cancel();
                pending = runner.schedule(DEBOUNCE, this::search);
            }
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CustomerRow> hits() {
        return hits;
    }

    public ObjectProperty<CustomerRow> chosenProperty() {
        return chosen;
    }

    /** Takes a customer; the query shows its name. */
    public void choose(CustomerRow row) {
        choosing = true;
        try {
            query.set(row == null ? "" : row.name());
            chosen.set(row);
            hits.clear();
        } finally {
            choosing = false;
        }
    }

    /** Searches now for the current query. */
    public void search() {
        String text = query.get().strip();
        long mine = ++generation;
        if (text.isEmpty()) {
            hits.clear();
            return;
        }
        runner.submit(context -> {
            long[] ids = book.query(CustomerFilter.ALL, CustomerSort.DEFAULT, text);
            return book.rows(Arrays.copyOf(ids, Math.min(ids.length, MAX_HITS)));
        }, WorkCallbacks.<List<CustomerRow>>of(rows -> {
            if (mine == generation && chosen.get() == null) {
                hits.setAll(rows);
            }
        }, error -> hits.clear()));
    }

    /**
     * Looks one customer up by id and chooses it (used when the dialog opens for a known customer);
     * {@code failed} hears when it could not be read.
     */
    public void chooseById(long id, Consumer<Throwable> failed) {
        runner.submit(context -> book.rows(new long[] {id}), WorkCallbacks.<List<CustomerRow>>of(rows -> {
            if (!rows.isEmpty()) {
                choose(rows.getFirst());
            }
        }, failed));
    }
}
