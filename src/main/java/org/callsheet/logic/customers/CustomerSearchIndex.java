package org.callsheet.logic.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.callsheet.logic.text.Characters;

/**
 * In-memory search over every customer's name, pinyin (full and initials), external id and
 * phone digits. Built once by streaming the repository; edits after that go to a small overlay
 * so the big blobs never need rebuilding while the app runs. Thread-safe: searches read an
 * immutable base and concurrent overlay maps.
 */
public final class CustomerSearchIndex {
    private static final int CHARS_PER_ASCII_RECORD = 72;
    private static final int CHARS_PER_NAME_RECORD = 12;

    private volatile Base base;
    private final Map<Long, SearchEntry> overlay = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> removed = new ConcurrentHashMap<>();

    private record Base(long[] ids, SearchBlob ascii, SearchBlob names, boolean namesHoldAsciiIds) {
    }

    /** Scans split over the cores: a blob of a million customers is cut into one range per core. */
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ExecutorService SCANNERS = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "customer-search");
        t.setDaemon(true);
        return t;
    });
    private static final int PARALLEL_FROM_RECORDS = 50_000;

    public boolean isReady() {
        return base != null;
    }

    /**
     * Builds the index from the repository. {@code progress} receives the number of customers
     * read so far; when {@code cancelled} turns true the build stops with a CancellationException.
     */
    public void load(SearchEntrySource repository, LongConsumer progress, BooleanSupplier cancelled) {
        int expected = (int) Math.min(Integer.MAX_VALUE - 16, repository.count());
        SearchBlob.Builder ascii = new SearchBlob.Builder(expected, CHARS_PER_ASCII_RECORD);
        SearchBlob.Builder names = new SearchBlob.Builder(expected, CHARS_PER_NAME_RECORD);
        long[][] ids = {new long[Math.max(16, expected)]};
        int[] count = {0};
        overlay.clear();
        removed.clear();
        repository.forEachSearchEntry(entry -> {
            if ((count[0] & 0x3FFF) == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                progress.accept(count[0]);
            }
            if (count[0] == ids[0].length) {
                ids[0] = Arrays.copyOf(ids[0], count[0] * 2);
            }
            ids[0][count[0]++] = entry.id();
            addTo(ascii, names, entry);
        });
        progress.accept(count[0]);
        base = new Base(Arrays.copyOf(ids[0], count[0]), ascii.build(), names.build(), names.holdsAsciiExtra());
    }

    /** Adds or replaces one customer (after a create or an edit). */
    public void put(SearchEntry entry) {
        removed.remove(entry.id());
        overlay.put(entry.id(), entry);
    }

    public void remove(long id) {
        overlay.remove(id);
        removed.put(id, Boolean.TRUE);
    }

    /**
     * The subset of {@code orderedIds} that matches the typed text, in the same order. A blank
     * text matches everything; before the index is loaded, nothing matches a non-blank text.
     */
    public long[] filter(long[] orderedIds, String typed) {
        SearchQuery query = SearchQuery.of(typed);
        if (query.isEmpty()) {
            return orderedIds;
        }
        BitSet matched = matchingIds(query);
        long[] out = new long[Math.min(orderedIds.length, matched.cardinality())];
        int n = 0;
        for (long id : orderedIds) {
            if (id <= Integer.MAX_VALUE && matched.get((int) id)) {
                out[n++] = id;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private BitSet matchingIds(SearchQuery query) {
        Base current = base;
        BitSet ids = new BitSet(current == null || current.ids.length == 0 ? 64
                : (int) current.ids[current.ids.length - 1] + 1);
        if (current != null) {
            BitSet positions = scan(current, query);
            BitSet shadowed = new BitSet();
            overlay.keySet().forEach(id -> shadowed.set(id.intValue()));
            removed.keySet().forEach(id -> shadowed.set(id.intValue()));
            long[] baseIds = current.ids;
            for (int p = positions.nextSetBit(0); p >= 0; p = positions.nextSetBit(p + 1)) {
                int id = (int) baseIds[p];
                if (!shadowed.get(id)) {
                    ids.set(id);
                }
            }
        }
        for (SearchEntry entry : overlay.values()) {
            if (matches(entry, query)) {
                ids.set((int) entry.id());
            }
        }
        return ids;
    }

    private static BitSet scan(Base current, SearchQuery query) {
        int records = current.ids.length;
        if (records < PARALLEL_FROM_RECORDS || THREADS == 1) {
            BitSet hits = new BitSet(records);
            scanRange(current, query, hits, 0, records);
            return hits;
        }
        List<Future<BitSet>> parts = new ArrayList<>(THREADS);
        int chunk = (records + THREADS - 1) / THREADS;
        for (int from = 0; from < records; from += chunk) {
            int start = from;
            int end = Math.min(records, from + chunk);
            parts.add(SCANNERS.submit(() -> {
                BitSet hits = new BitSet(records);
                scanRange(current, query, hits, start, end);
                return hits;
            }));
        }
        BitSet all = new BitSet(records);
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

    private static void scanRange(Base current, SearchQuery query, BitSet hits, int from, int to) {
        if (query.hasHan()) {
            current.names.find(query.text(), hits, from, to);
            return;
        }
        current.ascii.find(query.text(), hits, from, to);
        // pinyin keeps a name's letters and digits, so names need a scan only for other characters
        if (current.namesHoldAsciiIds || !query.lettersAndDigitsOnly()) {
            current.names.find(query.text(), hits, from, to);
        }
        if (!query.digits().isEmpty() && !query.digits().equals(query.text())) {
            current.ascii.find(query.digits(), hits, from, to);
        }
    }

    private static boolean matches(SearchEntry entry, SearchQuery query) {
        SearchBlob.Builder ascii = new SearchBlob.Builder(1, CHARS_PER_ASCII_RECORD);
        SearchBlob.Builder names = new SearchBlob.Builder(1, CHARS_PER_NAME_RECORD);
        addTo(ascii, names, entry);
        BitSet hit = new BitSet(1);
        SearchBlob a = ascii.build();
        SearchBlob n = names.build();
        n.find(query.text(), hit);
        if (!query.hasHan()) {
            a.find(query.text(), hit);
            if (!query.digits().isEmpty()) {
                a.find(query.digits(), hit);
            }
        }
        return !hit.isEmpty();
    }

    private static void addTo(SearchBlob.Builder ascii, SearchBlob.Builder names, SearchEntry entry) {
        String externalId = entry.externalId() == null ? ""
                : Characters.halfWidth(entry.externalId()).toLowerCase(Locale.ROOT);
        boolean asciiId = externalId.chars().allMatch(c -> c < 128);
        ascii.add(entry.pinyin(), entry.initials(), asciiId ? externalId : "", entry.phoneDigits());
        names.add(Characters.halfWidth(entry.name()).toLowerCase(Locale.ROOT), asciiId ? "" : externalId);
        if (!asciiId) {
            names.markAsciiExtra();
        }
    }

    /** Characters held by the index (a proxy for its memory use). */
    public long sizeInChars() {
        Base current = base;
        return current == null ? 0 : current.ascii.sizeInChars() + current.names.sizeInChars();
    }
}
