package org.callsheet.logic.customers;

import java.util.BitSet;

/**
 * One immutable text holding a field group of every indexed customer, records separated by '\n'.
 * A single String lets {@link String#indexOf(String, int)} (a vectorised JDK intrinsic) scan a
 * million customers in a few milliseconds; ASCII-only blobs stay one byte per character.
 */
final class SearchBlob {
    private final String text;
    private final int[] starts;

    SearchBlob(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    /** Sets in {@code hits} the record positions whose text contains {@code needle}. */
    void find(String needle, BitSet hits) {
        find(needle, hits, 0, starts.length);
    }

    /**
     * Sets in {@code hits} the positions in [{@code fromRecord}, {@code toRecord}) whose text
     * contains {@code needle}; ranges let several threads scan one blob.
     */
    void find(String needle, BitSet hits, int fromRecord, int toRecord) {
        if (needle.isEmpty() || fromRecord >= toRecord) {
            return;
        }
        int end = endOf(toRecord - 1);
        int record = fromRecord;
        int from = starts[fromRecord];
        int last = toRecord - 1;
        while (true) {
            int at = text.indexOf(needle, from, end);
            if (at < 0) {
                return;
            }
            if (at - from > 64) {
                record = recordAt(at, record);
            } else {
                while (record < last && starts[record + 1] <= at) {
                    record++;
                }
            }
            hits.set(record);
            if (record == last) {
                return;
            }
            from = starts[record + 1];
        }
    }

    int records() {
        return starts.length;
    }

    /** Whether one record's text contains the needle (searches that record only). */
    boolean recordContains(int record, String needle) {
        return text.indexOf(needle, starts[record], endOf(record)) >= 0;
    }

    /**
     * Whether one of a record's parts (or a word of one: phone numbers are space separated)
     * begins with the needle.
     */
    boolean recordHasPartStartingWith(int record, String needle) {
        int end = endOf(record);
        for (int at = starts[record]; at < end; at++) {
            if (text.startsWith(needle, at)) {
                return true;
            }
            while (at < end && text.charAt(at) != '\u0001' && text.charAt(at) != ' ') {
                at++;
            }
        }
        return false;
    }

    /** Index just past a record's text (its closing newline included). */
    private int endOf(int record) {
        return record + 1 < starts.length ? starts[record + 1] : text.length();
    }

    private int recordAt(int position, int fromRecord) {
        int lo = fromRecord;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    long sizeInChars() {
        return text.length();
    }

    /** Collects records into a blob; the text grows in one builder, sized up front where known. */
    static final class Builder {
        private final StringBuilder text;
        private int[] starts;
        private int count;
        private boolean asciiExtra;

        Builder(int expectedRecords, int charsPerRecord) {
            text = new StringBuilder(Math.max(16, expectedRecords * charsPerRecord));
            starts = new int[Math.max(16, expectedRecords)];
        }

        void add(String... parts) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = text.length();
            for (String part : parts) {
                if (part != null && !part.isEmpty()) {
                    text.append(part).append('\u0001');
                }
            }
            text.append('\n');
        }

        /** True when some record holds a part that searches for Latin letters must also scan. */
        boolean holdsAsciiExtra() {
            return asciiExtra;
        }

        void markAsciiExtra() {
            asciiExtra = true;
        }

        SearchBlob build() {
            return new SearchBlob(text.toString(), java.util.Arrays.copyOf(starts, count));
        }
    }
}
