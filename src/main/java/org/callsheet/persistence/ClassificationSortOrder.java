package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.logic.customers.CustomerSort;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Puts name-ordered customer ids in the order of a stored classification: segment or quadrant in
 * their enums' order, churn-warned first, customers without a value last; names stay in order
 * within each rank (a stable counting sort). The ranks are read from the current results in key
 * order. Kept off the customer row so a reclassification does not rewrite customers
 * (ADR 0018).
 */
final class ClassificationSortOrder {
    private ClassificationSortOrder() {
    }

    static boolean applies(CustomerSort.Column column) {
        return column == CustomerSort.Column.SEGMENT || column == CustomerSort.Column.QUADRANT
                || column == CustomerSort.Column.CHURN_WARNING;
    }

    /**
     * Orders the ids {@code byName} gives (ascending by name), ascending or, reversed, descending.
     * The ranks are read on a second thread meanwhile: each read is about half the time.
     */
    static long[] order(DSLContext dsl, Supplier<long[]> byNameQuery, CustomerSort sort) {
        CompletableFuture<Ranks> reading = CompletableFuture.supplyAsync(() -> Ranks.read(dsl, sort.column()),
                runnable -> Thread.ofPlatform().daemon().name("customer-sort-ranks").start(runnable));
        long[] byName = byNameQuery.get();
        Ranks ranks;
        try {
            ranks = reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        int none = ranks.count;
        int[] rankAt = new int[byName.length];
        int[] starts = new int[none + 2];
        for (int i = 0; i < byName.length; i++) {
            int rank = ranks.of(byName[i]);
            rankAt[i] = rank < 0 ? none : rank;
            starts[rankAt[i] + 1]++;
        }
        for (int r = 1; r < starts.length; r++) {
            starts[r] += starts[r - 1];
        }
        long[] out = new long[byName.length];
        for (int i = 0; i < byName.length; i++) {
            out[starts[rankAt[i]]++] = byName[i];
        }
        if (!sort.ascending()) {
            reverse(out);
        }
        return out;
    }

    private static void reverse(long[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Each classified customer's rank (ascending customer id), -1 where the value is empty. */
    private static final class Ranks {
        final int count;
        long[] ids = new long[1024];
        byte[] values = new byte[1024];
        int size;

        private Ranks(int count) {
            this.count = count;
        }

        static Ranks read(DSLContext dsl, CustomerSort.Column column) {
            Field<?> value = switch (column) {
                case SEGMENT -> CUSTOMER_CLASSIFICATION.RFM_SEGMENT;
                case QUADRANT -> CUSTOMER_CLASSIFICATION.QUADRANT;
                case CHURN_WARNING -> CUSTOMER_CLASSIFICATION.CHURN_WARNING;
                default -> throw new IllegalArgumentException("not a classification order: " + column);
            };
            Ranks out = new Ranks(switch (column) {
                case SEGMENT -> RfmSegment.values().length;
                case QUADRANT -> ValueQuadrant.values().length;
                default -> 2;
            });
            KeyOrderScan.forEach(dsl, CUSTOMER_CLASSIFICATION, CUSTOMER_CLASSIFICATION.CUSTOMER_ID, DSL.noCondition(),
                    List.of(value), rs -> out.add(rs.getLong(1), rank(column, rs)));
            return out;
        }

        private static int rank(CustomerSort.Column column, ResultSet rs) throws SQLException {
            if (column == CustomerSort.Column.CHURN_WARNING) {
                boolean warned = rs.getBoolean(2);
                return rs.wasNull() ? -1 : warned ? 0 : 1;
            }
            String code = rs.getString(2);
            if (code == null) {
                return -1;
            }
            return column == CustomerSort.Column.SEGMENT ? RfmSegment.valueOf(code).ordinal()
                    : ValueQuadrant.valueOf(code).ordinal();
        }

        private void add(long id, int rank) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            ids[size] = id;
            values[size] = (byte) rank;
            size++;
        }

        int of(long id) {
            int at = Arrays.binarySearch(ids, 0, size, id);
            return at < 0 ? -1 : values[at];
        }
    }
}
