package org.callsheet.logic.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.callsheet.logic.classification.rules.ContactFacts;
import org.callsheet.logic.classification.rules.CustomerHistory;
import org.callsheet.logic.classification.rules.OrderFact;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;

/**
 * Every customer's orders in primitive columns, grouped by customer (compressed rows: the orders
 * of customer i are {@code start[i] .. start[i+1]}), about 24 bytes per order. The classifier
 * sees them through {@link #histories()}, a list that builds a customer's {@link CustomerHistory}
 * when asked and keeps nothing, so a million customers never exist as objects all at once.
 */
final class HistoryColumns {
    private static final int MIN_CAPACITY = 1024;

    final int n;
    final long[] ids;
    final boolean[] noNeed;
    final boolean[] blackFace;
    final int[] firstContact;
    final CustomerStatus[] previousStatus;
    final ValueQuadrant[] previousQuadrant;
    final RfmSegment[] previousSegment;
    /** The stored result row's hash ({@code hashKnown[i]} false when there is none). */
    final boolean[] hashKnown;
    final long[] storedHash;
    private int[] start;
    private int[] day;
    private long[] cents;
    private long[] cost;
    private final LocalDate[] dates;
    private final int firstDay;

    private HistoryColumns(Customers c, Orders o) {
        n = c.size;
        ids = Arrays.copyOf(c.ids, n);
        noNeed = Arrays.copyOf(c.noNeed, n);
        blackFace = Arrays.copyOf(c.blackFace, n);
        firstContact = Arrays.copyOf(c.firstContact, n);
        previousStatus = Arrays.copyOf(c.status, n);
        previousQuadrant = Arrays.copyOf(c.quadrant, n);
        previousSegment = Arrays.copyOf(c.segment, n);
        hashKnown = Arrays.copyOf(c.hashKnown, n);
        storedHash = Arrays.copyOf(c.hash, n);
        start = o.groupByCustomer(n);
        day = o.day;
        cents = o.cents;
        cost = o.cost;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int k = 0; k < o.size; k++) {
            lo = Math.min(lo, day[k]);
            hi = Math.max(hi, day[k]);
        }
        for (int f : firstContact) {
            if (f != ClassificationSource.NO_DAY) {
                lo = Math.min(lo, f);
                hi = Math.max(hi, f);
            }
        }
        firstDay = lo;
        dates = lo > hi ? new LocalDate[0] : new LocalDate[hi - lo + 1];
    }

    /** How many parts the orders are read in, shared out between the two reading threads. */
    static final int ORDER_PARTS = 8;

    /**
     * Reads customers and orders up to {@code asOf}; null when cancelled. Two threads share the
     * reading (ADR 0019): the customers (with their calls and stored classes) and {@link
     * #ORDER_PARTS} parts of the orders are taken one by one by whichever thread is free, each
     * thread into its own columns; orders keep their customer's id until all is in.
     */
    static HistoryColumns read(ClassificationSource source, LocalDate asOf, ClassificationProgress progress,
                               BooleanSupplier cancelled) {
        long estimate = source.orderCountEstimate();
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(MIN_CAPACITY, estimate / 2));
        SharedRead shared = new SharedRead(source, asOf);
        Orders mine = new Orders(capacity);
        Orders theirs = new Orders(capacity);
        BackgroundTask<Void> second = BackgroundTask.run("classification-read",
                () -> shared.takeTasks(theirs, cancelled));
        try {
            shared.takeTasks(mine, () -> {
                progress.update(ClassificationProgress.Phase.READING, shared.partsDone.get(), ORDER_PARTS);
                return cancelled.getAsBoolean();
            });
        } finally {
            second.await();
        }
        Orders orders = Orders.concat(mine, theirs);
        progress.update(ClassificationProgress.Phase.READING, orders.size, orders.size);
        if (cancelled.getAsBoolean()) {
            return null;
        }
        orders.resolveOwners(shared.customers);
        return new HistoryColumns(shared.customers, orders);
    }

    /**
     * The reading two threads share: task 0 reads the customers, task k the orders' part k − 1,
     * each taken by whichever thread asks next.
     */
    private static final class SharedRead {
        final Customers customers = new Customers();
        final AtomicInteger partsDone = new AtomicInteger();
        private final AtomicInteger next = new AtomicInteger();
        private final ClassificationSource source;
        private final LocalDate asOf;

        SharedRead(ClassificationSource source, LocalDate asOf) {
            this.source = source;
            this.asOf = asOf;
        }

        /** Takes tasks until none is left or {@code stop} says so; orders go into {@code into}. */
        void takeTasks(Orders into, BooleanSupplier stop) {
            for (int t = next.getAndIncrement(); t <= ORDER_PARTS && !stop.getAsBoolean(); t = next.getAndIncrement()) {
                if (t == 0) {
                    source.forEachCustomer(customers::add);
                } else {
                    source.forEachOrder(asOf, t - 1, ORDER_PARTS, into::add);
                    partsDone.incrementAndGet();
                }
            }
        }
    }

    /**
     * Drops the order columns once the classifier is done with them, so they are not held while
     * the results are written; {@link #histories()} must not be used afterwards.
     */
    void releaseOrders() {
        start = null;
        day = null;
        cents = null;
        cost = null;
    }

    /** The customers as histories for the classifier, built on each {@code get}. */
    List<CustomerHistory> histories() {
        return new Histories();
    }

    private final class Histories extends AbstractList<CustomerHistory> implements RandomAccess {
        @Override
        public CustomerHistory get(int i) {
            int from = start[i];
            int to = start[i + 1];
            OrderFact[] facts = new OrderFact[to - from];
            for (int k = from; k < to; k++) {
                BigDecimal c = cost[k] == ClassificationSource.NO_COST ? null : BigDecimal.valueOf(cost[k], 2);
                facts[k - from] = new OrderFact(date(day[k]), BigDecimal.valueOf(cents[k], 2), c, null, null);
            }
            ContactFacts contacts = ContactFacts.NONE;
            if (noNeed[i] || blackFace[i] || firstContact[i] != ClassificationSource.NO_DAY) {
                List<LocalDate> calls = firstContact[i] == ClassificationSource.NO_DAY
                        ? List.of() : List.of(date(firstContact[i]));
                contacts = new ContactFacts(calls, List.of(), BigDecimal.ZERO, noNeed[i], blackFace[i], false);
            }
            return new CustomerHistory(ids[i], Arrays.asList(facts), contacts);
        }

        @Override
        public int size() {
            return n;
        }
    }

    private LocalDate date(int epochDay) {
        int slot = epochDay - firstDay;
        LocalDate d = dates[slot];
        if (d == null) {
            d = LocalDate.ofEpochDay(epochDay);
            dates[slot] = d;
        }
        return d;
    }

    /** Customers as they arrive, ascending id. */
    private static final class Customers {
        long[] ids = new long[MIN_CAPACITY];
        boolean[] noNeed = new boolean[MIN_CAPACITY];
        boolean[] blackFace = new boolean[MIN_CAPACITY];
        int[] firstContact = new int[MIN_CAPACITY];
        CustomerStatus[] status = new CustomerStatus[MIN_CAPACITY];
        ValueQuadrant[] quadrant = new ValueQuadrant[MIN_CAPACITY];
        RfmSegment[] segment = new RfmSegment[MIN_CAPACITY];
        boolean[] hashKnown = new boolean[MIN_CAPACITY];
        long[] hash = new long[MIN_CAPACITY];
        int size;

        void add(long id, boolean need, boolean black, int contact, CustomerStatus s, ValueQuadrant q,
                 RfmSegment seg, boolean known, long storedHash) {
            if (size > 0 && id <= ids[size - 1]) {
                throw new IllegalStateException("customers must arrive in ascending id order");
            }
            if (size == ids.length) {
                int capacity = size + (size >> 1);
                ids = Arrays.copyOf(ids, capacity);
                noNeed = Arrays.copyOf(noNeed, capacity);
                blackFace = Arrays.copyOf(blackFace, capacity);
                firstContact = Arrays.copyOf(firstContact, capacity);
                status = Arrays.copyOf(status, capacity);
                quadrant = Arrays.copyOf(quadrant, capacity);
                segment = Arrays.copyOf(segment, capacity);
                hashKnown = Arrays.copyOf(hashKnown, capacity);
                hash = Arrays.copyOf(hash, capacity);
            }
            ids[size] = id;
            noNeed[size] = need;
            blackFace[size] = black;
            firstContact[size] = contact;
            status[size] = s;
            quadrant[size] = q;
            segment[size] = seg;
            hashKnown[size] = known;
            hash[size] = storedHash;
            size++;
        }

        int indexOf(long id) {
            return Arrays.binarySearch(ids, 0, size, id);
        }
    }

    /** Orders as they arrive (any order, customer ids), then grouped by customer in place. */
    private static final class Orders {
        long[] customerId;
        int[] owner;
        int[] day;
        long[] cents;
        long[] cost;
        int size;

        Orders(int capacity) {
            customerId = new long[capacity];
            day = new int[capacity];
            cents = new long[capacity];
            cost = new long[capacity];
        }

        void add(long customer, int epochDay, long amount, long costCents) {
            if (size == customerId.length) {
                int capacity = size + (size >> 1) + 1;
                customerId = Arrays.copyOf(customerId, capacity);
                day = Arrays.copyOf(day, capacity);
                cents = Arrays.copyOf(cents, capacity);
                cost = Arrays.copyOf(cost, capacity);
            }
            customerId[size] = customer;
            day[size] = epochDay;
            cents[size] = amount;
            cost[size] = costCents;
            size++;
        }

        /** One set of columns holding the orders of both, {@code a}'s first. */
        static Orders concat(Orders a, Orders b) {
            Orders out = new Orders(0);
            int n = a.size + b.size;
            out.customerId = Arrays.copyOf(a.customerId, n);
            out.day = Arrays.copyOf(a.day, n);
            out.cents = Arrays.copyOf(a.cents, n);
            out.cost = Arrays.copyOf(a.cost, n);
            System.arraycopy(b.customerId, 0, out.customerId, a.size, b.size);
            System.arraycopy(b.day, 0, out.day, a.size, b.size);
            System.arraycopy(b.cents, 0, out.cents, a.size, b.size);
            System.arraycopy(b.cost, 0, out.cost, a.size, b.size);
            out.size = n;
            return out;
        }

        /**
         * Turns each order's customer id into the customer's index, dropping orders of customers
         * that were not read (added after the customers were read).
         */
        void resolveOwners(Customers customers) {
            owner = new int[size];
            int kept = 0;
            for (int k = 0; k < size; k++) {
                int i = customers.indexOf(customerId[k]);
                if (i >= 0) {
                    owner[kept] = i;
                    day[kept] = day[k];
                    cents[kept] = cents[k];
                    cost[kept] = cost[k];
                    kept++;
                }
            }
            size = kept;
            customerId = null;
        }

        /**
         * Groups the orders by customer with a counting sort whose permutation is applied in
         * place (following its cycles), so no second copy of the columns is needed; returns the
         * row starts.
         */
        int[] groupByCustomer(int n) {
            int[] start = new int[n + 1];
            for (int k = 0; k < size; k++) {
                start[owner[k] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            int[] next = Arrays.copyOf(start, n);
            int[] target = owner;
            for (int k = 0; k < size; k++) {
                target[k] = next[target[k]]++;
            }
            for (int k = 0; k < size; k++) {
                while (target[k] != k) {
                    int t = target[k];
                    swap(k, t);
                    target[k] = target[t];
                    target[t] = t;
                }
            }
            owner = null;
            return start;
        }

        private void swap(int a, int b) {
            int d = day[a];
            day[a] = day[b];
            day[b] = d;
            long c = cents[a];
            cents[a] = cents[b];
            cents[b] = c;
            long x = cost[a];
            cost[a] = cost[b];
            cost[b] = x;
        }
    }
}
