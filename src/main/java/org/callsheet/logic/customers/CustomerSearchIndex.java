package org.callsheet.logic.customers;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
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

    private record Base(long[] ids, SearchBlob ascii, SearchBlob names) {
    }

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
        base = new Base(Arrays.copyOf(ids[0], count[0]), ascii.build(), names.build());
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
        BitSet ids = new BitSet();
        Base current = base;
        if (current != null) {
            BitSet positions = new BitSet(current.ids.length);
            if (query.hasHan()) {
                current.names.find(query.text(), positions);
            } else {
                current.ascii.find(query.text(), positions);
                current.names.find(query.text(), positions);
                if (!query.digits().isEmpty() && !query.digits().equals(query.text())) {
                    current.ascii.find(query.digits(), positions);
                }
            }
            for (int p = positions.nextSetBit(0); p >= 0; p = positions.nextSetBit(p + 1)) {
                long id = current.ids[p];
                if (!removed.containsKey(id) && !overlay.containsKey(id)) {
                    ids.set((int) id);
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
    }

    /** Characters held by the index (a proxy for its memory use). */
    public long sizeInChars() {
        Base current = base;
        return current == null ? 0 : current.ascii.sizeInChars() + current.names.sizeInChars();
    }
}
