package org.callsheet.ui.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ObservableListBase;
import org.callsheet.model.CustomerRow;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The customer table's items: as many as there are ids, but rows are fetched by the page in the
 * background only when the table asks for them, and a few pages are kept (least recently used
 * first out). Until its page arrives a row is a placeholder; when it arrives the list reports an
 * update of that range so the table redraws it. Read-only; FX thread only.
 */
public final class CustomerRowList extends ObservableListBase<BookRow> {
    public static final int PAGE_SIZE = 200;
    static final int MAX_PAGES = 64;

    private final long[] ids;
    private final Function<long[], List<CustomerRow>> fetch;
    private final TaskRunner runner;
    private final Map<Integer, BookRow[]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, BookRow[]> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private final List<Job> jobs = new ArrayList<>();
    private boolean disposed;

    public CustomerRowList(long[] ids, Function<long[], List<CustomerRow>> fetch, TaskRunner runner) {
        this.ids = ids;
        this.fetch = fetch;
        this.runner = runner;
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public BookRow get(int index) {
        if (index < 0 || index >= ids.length) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        BookRow[] rows = pages.get(page);
        if (rows == null) {
            requestPage(page);
            rows = pages.get(page);
        }
        return rows == null ? BookRow.loading(ids[index]) : rows[index - page * PAGE_SIZE];
    }

    /** The id at a position, without loading anything. */
    /** The ids of every row, in order. */
    public long[] ids() {
        return ids.clone();
    }

    public long idAt(int index) {
        return ids[index];
    }

    /** Position of a customer in the list, or -1. */
    public int indexOfId(long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the rows at this position are in memory (for tests and diagnostics). */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / PAGE_SIZE);
    }

    /** Drops every pending page load; late results are ignored. */
    public void dispose() {
        disposed = true;
        jobs.forEach(Job::cancel);
        jobs.clear();
    }

    private void requestPage(int page) {
        if (disposed || !loading.add(page)) {
            return;
        }
        int from = page * PAGE_SIZE;
        int to = Math.min(ids.length, from + PAGE_SIZE);
        long[] pageIds = Arrays.copyOfRange(ids, from, to);
        Job job = runner.submit(context -> fetch.apply(pageIds), WorkCallbacks.<List<CustomerRow>>of(
                rows -> pageArrived(page, pageIds, rows),
                error -> loading.remove(page)));
        if (loading.contains(page)) {
            jobs.add(job);
        }
    }

    private void pageArrived(int page, long[] pageIds, List<CustomerRow> rows) {
        loading.remove(page);
        if (disposed) {
            return;
        }
        BookRow[] filled = new BookRow[pageIds.length];
        int next = 0;
        for (int i = 0; i < pageIds.length; i++) {
            // rows come in id order with deleted customers left out
            if (next < rows.size() && rows.get(next).id() == pageIds[i]) {
                filled[i] = BookRow.of(rows.get(next++));
            } else {
                filled[i] = BookRow.gone(pageIds[i]);
            }
        }
        pages.put(page, filled);
        int from = page * PAGE_SIZE;
        beginChange();
        for (int i = 0; i < filled.length; i++) {
            nextUpdate(from + i);
        }
        endChange();
    }
}
