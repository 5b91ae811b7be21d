package org.callsheet.logic.customers;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The immutable bulk of the search index: every customer's keys as loaded, addressed by position
 * (customers in id order). Scans are split over the cores for big books, and a query that only
 * extends the previous one re-checks the previous matches instead of scanning everything.
 */
final class SearchSnapshot {
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final int PARALLEL_FROM_RECORDS = 50_000;
    private static final int RECHECK_SHARE = 16;
    private static final ExecutorService SCANNERS = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "customer-search");
        t.setDaemon(true);
        return t;
    });

    private final long[] ids;
    private final int[] positionOfId;
    private final SearchBlob ascii;
    private final SearchBlob names;
    private final boolean namesHoldLatinIds;

    /** The last query and its matches, reused when the next query extends it. */
    private record Memo(SearchQuery query, BitSet positions) {
    }

    private volatile Memo memo;

    SearchSnapshot(long[] ids, SearchBlob ascii, SearchBlob names, boolean namesHoldLatinIds) {
        this.ids = ids;
        this.ascii = ascii;
        this.names = names;
        this.namesHoldLatinIds = namesHoldLatinIds;
        int maxId = ids.length == 0 ? 0 : (int) ids[ids.length - 1];
        this.positionOfId = new int[maxId + 1];
        java.util.Arrays.fill(positionOfId, -1);
        for (int p = 0; p < ids.length; p++) {
            positionOfId[(int) ids[p]] = p;
        }
    }

    /** Position of a customer id, or -1 when the snapshot does not hold it. */
    int positionOf(long id) {
        return id >= 0 && id < positionOfId.length ? positionOfId[(int) id] : -1;
    }

    long sizeInChars() {
        return ascii.sizeInChars() + names.sizeInChars();
    }

    BitSet positionsMatching(SearchQuery query) {
        Memo last = memo;
        // re-checking one record at a time pays off only when few are left; else scan in parallel
        BitSet positions = last != null && extends_(query, last.query())
                && last.positions().cardinality() <= ids.length / RECHECK_SHARE
                ? recheck(query, last.positions()) : scan(query);
        memo = new Memo(query, positions);
        return positions;
    }

    /** A query extending the last one (same kind of text) can only match a subset of its matches. */
    private static boolean extends_(SearchQuery next, SearchQuery last) {
        return next.text().startsWith(last.text()) && next.hasHan() == last.hasHan()
                && next.lettersAndDigitsOnly() == last.lettersAndDigitsOnly();
    }

    private BitSet recheck(SearchQuery query, BitSet candidates) {
        BitSet hits = new BitSet(ids.length);
        for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
            if (matches(query, p)) {
                hits.set(p);
            }
        }
        return hits;
    }

    private boolean matches(SearchQuery query, int p) {
        if (query.hasHan()) {
            return names.recordContains(p, query.text());
        }
        return ascii.recordContains(p, query.text())
                || (scansNames(query) && names.recordContains(p, query.text()))
                || (hasDigitVariant(query) && ascii.recordContains(p, query.digits()));
    }

    /** Whether the name, a reading, the id or a number of the customer at a position begins with the query. */
    boolean beginsWith(int p, SearchQuery query) {
        if (query.hasHan()) {
            return names.recordHasPartStartingWith(p, query.text());
        }
        return ascii.recordHasPartStartingWith(p, query.text())
                || names.recordHasPartStartingWith(p, query.text())
                || (!query.digits().isEmpty() && ascii.recordHasPartStartingWith(p, query.digits()));
    }

    private BitSet scan(SearchQuery query) {
        if (ids.length < PARALLEL_FROM_RECORDS || THREADS == 1) {
            BitSet hits = new BitSet(ids.length);
            scanRange(query, hits, 0, ids.length);
            return hits;
        }
        List<Future<BitSet>> parts = new ArrayList<>(THREADS);
        int chunk = (ids.length + THREADS - 1) / THREADS;
        for (int from = 0; from < ids.length; from += chunk) {
            int start = from;
            int end = Math.min(ids.length, from + chunk);
            parts.add(SCANNERS.submit(() -> {
                BitSet hits = new BitSet(ids.length);
                scanRange(query, hits, start, end);
                return hits;
            }));
        }
        BitSet all = new BitSet(ids.length);
        for (Future<BitSet> part : parts) {
            try {
                all.or(part.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("search interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("search failed", e.getCause());
            }
        }
        return all;
    }

    private void scanRange(SearchQuery query, BitSet hits, int from, int to) {
        if (query.hasHan()) {
            names.find(query.text(), hits, from, to);
            return;
        }
        ascii.find(query.text(), hits, from, to);
        if (scansNames(query)) {
            names.find(query.text(), hits, from, to);
        }
        if (hasDigitVariant(query)) {
            ascii.find(query.digits(), hits, from, to);
        }
    }

    /** Pinyin keeps a name's letters and digits, so names need a scan only for other characters. */
    private boolean scansNames(SearchQuery query) {
        return namesHoldLatinIds || !query.lettersAndDigitsOnly();
    }

    private static boolean hasDigitVariant(SearchQuery query) {
        return !query.digits().isEmpty() && !query.digits().equals(query.text());
    }
}
