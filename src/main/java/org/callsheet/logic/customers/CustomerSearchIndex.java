package org.callsheet.logic.customers;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.callsheet.logic.text.Characters;
import org.callsheet.logic.text.Pinyin;

/**
 * In-memory search over every customer's name, pinyin (full and initials, every plausible reading
 * of a polyphone: see {@link Pinyin#readings}), external id and phone digits. Built once by streaming the repository; edits after that go to a small overlay
 * so the big blobs never need rebuilding while the app runs. Thread-safe: searches read an
 * immutable snapshot and concurrent overlay maps.
 */
public final class CustomerSearchIndex {
    private static final int CHARS_PER_ASCII_RECORD = 72;
    private static final int CHARS_PER_NAME_RECORD = 12;

    private final Pinyin pinyin;
    private volatile SearchSnapshot snapshot;
    private final Map<Long, SearchEntry> overlay = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> removed = new ConcurrentHashMap<>();

    public CustomerSearchIndex(Pinyin pinyin) {
        this.pinyin = pinyin;
    }

    public boolean isReady() {
        return snapshot != null;
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
        overlay.clear();
        removed.clear();
        snapshot = new SearchSnapshot(Arrays.copyOf(ids[0], count[0]), ascii.build(), names.build(),
                names.holdsAsciiExtra());
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
        SearchSnapshot current = snapshot;
        BitSet positions = current == null ? new BitSet() : current.positionsMatching(query);
        BitSet shadowed = new BitSet();
        BitSet edited = new BitSet();
        overlay.forEach((id, entry) -> {
            shadowed.set(id.intValue());
            if (matches(entry, query)) {
                edited.set(id.intValue());
            }
        });
        removed.keySet().forEach(id -> shadowed.set(id.intValue()));
        long[] out = new long[Math.min(orderedIds.length, positions.cardinality() + edited.cardinality())];
        int n = 0;
        for (long id : orderedIds) {
            int i = (int) id;
            boolean hit = shadowed.get(i) ? edited.get(i) : inSnapshot(current, positions, id);
            if (hit && n < out.length) {
                out[n++] = id;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static boolean inSnapshot(SearchSnapshot current, BitSet positions, long id) {
        if (current == null) {
            return false;
        }
        int p = current.positionOf(id);
        return p >= 0 && positions.get(p);
    }

    private boolean matches(SearchEntry entry, SearchQuery query) {
        SearchBlob.Builder ascii = new SearchBlob.Builder(1, CHARS_PER_ASCII_RECORD);
        SearchBlob.Builder names = new SearchBlob.Builder(1, CHARS_PER_NAME_RECORD);
        addTo(ascii, names, entry);
        SearchBlob a = ascii.build();
        SearchBlob n = names.build();
        if (n.recordContains(0, query.text())) {
            return true;
        }
        return !query.hasHan() && (a.recordContains(0, query.text())
                || (!query.digits().isEmpty() && a.recordContains(0, query.digits())));
    }

    private void addTo(SearchBlob.Builder ascii, SearchBlob.Builder names, SearchEntry entry) {
        String externalId = entry.externalId() == null ? ""
                : Characters.halfWidth(entry.externalId()).toLowerCase(Locale.ROOT);
        boolean asciiId = externalId.chars().allMatch(c -> c < 128);
        Pinyin.Readings readings = pinyin.readings(entry.name());
        String[] parts = new String[readings.full().size() + readings.initials().size() + 2];
        int n = 0;
        for (String full : readings.full()) {
            parts[n++] = full;
        }
        for (String initials : readings.initials()) {
            parts[n++] = initials;
        }
        parts[n++] = asciiId ? externalId : "";
        parts[n] = entry.phoneDigits();
        ascii.add(parts);
        names.add(Characters.halfWidth(entry.name()).toLowerCase(Locale.ROOT), asciiId ? "" : externalId);
        if (!asciiId) {
            names.markAsciiExtra();
        }
    }

    /** Characters held by the index (a proxy for its memory use). */
    public long sizeInChars() {
        SearchSnapshot current = snapshot;
        return current == null ? 0 : current.sizeInChars();
    }
}
