package org.callsheet.logic.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;

/**
 * Fills a customer book with realistic Chinese demo data: companies and private customers in
 * real districts (big cities weighted up), contacts with phones and birthdays, and two years of
 * long-tailed order history up to the clock's today. The same seed always gives the same book.
 * Customers are generated and written batch by batch, so a million never sit in memory at once.
 */
public final class DemoDataGenerator {
    public static final int MAX_CUSTOMERS = 1_000_000;
    public static final int DEFAULT_BATCH_SIZE = 2_000;
    /** The sales team the demo customers are shared among, unless the caller names one. */
    public static final List<String> DEFAULT_REPS = List.of("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "周杰");

    private final RegionDirectory regions;
    private final RegionSampler sampler;
    private final PhoneNormalizer phones;
    private final Pinyin pinyin;
    private final Clock clock;
    private final int batchSize;

    public DemoDataGenerator(RegionDirectory regions, PhoneNormalizer phones, Pinyin pinyin, Clock clock) {
        this(regions, phones, pinyin, clock, DEFAULT_BATCH_SIZE);
    }

    public DemoDataGenerator(RegionDirectory regions, PhoneNormalizer phones, Pinyin pinyin, Clock clock,
                             int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.regions = Objects.requireNonNull(regions);
        this.sampler = new RegionSampler(regions);
        this.phones = Objects.requireNonNull(phones);
        this.pinyin = Objects.requireNonNull(pinyin);
        this.clock = Objects.requireNonNull(clock);
        this.batchSize = batchSize;
    }

    /**
     * A team for the demo book: the user's own rep name first, then colleagues from
     * {@link #DEFAULT_REPS}, five in all, so the user finds customers of their own.
     */
    public static List<String> teamWith(String ownRep) {
        if (ownRep == null || ownRep.isBlank()) {
            return DEFAULT_REPS;
        }
        return Stream.concat(Stream.of(ownRep.strip()), DEFAULT_REPS.stream())
                .distinct().limit(5).toList();
    }

    /** {@link #generate(int, long, List, BulkCustomerWriter, DemoProgress, BooleanSupplier)} with the default team. */
    public DemoResult generate(int customers, long seed, BulkCustomerWriter writer, DemoProgress progress,
                               BooleanSupplier cancelled) {
        return generate(customers, seed, DEFAULT_REPS, writer, progress, cancelled);
    }

    /**
     * Writes {@code customers} demo customers (1 to {@link #MAX_CUSTOMERS}) owned by the given reps
     * through the writer, checking {@code cancelled} before each batch. What was written before a
     * cancel stays written.
     */
    public DemoResult generate(int customers, long seed, List<String> reps, BulkCustomerWriter writer,
                               DemoProgress progress, BooleanSupplier cancelled) {
        return generate(new DemoPlan(customers, seed, reps), 0, writer, progress, cancelled);
    }

    /**
     * Writes the plan's customers from number {@code from} on (those before it are in the book
     * already: a run stopped half way left them), as {@link #generate(int, long, List,
     * BulkCustomerWriter, DemoProgress, BooleanSupplier)} would have. The counts are of what this call wrote.
     */
    public DemoResult generate(DemoPlan plan, long from, BulkCustomerWriter writer, DemoProgress progress,
                               BooleanSupplier cancelled) {
        int customers = plan.customers();
        long seed = plan.seed();
        List<String> reps = plan.reps();
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be between 1 and " + MAX_CUSTOMERS + ": " + customers);
        }
        if (reps.isEmpty()) {
            throw new IllegalArgumentException("at least one rep is needed");
        }
        CustomerFactory factory = new CustomerFactory(regions, sampler, phones, pinyin,
                new DemoRun(seed, LocalDate.now(clock), clock.instant(), reps));
        long written = 0;
        long contacts = 0;
        long orders = 0;
        progress.update(from, customers);
        for (long start = from; start < customers; start += batchSize) {
            if (cancelled.getAsBoolean()) {
                return new DemoResult(written, contacts, orders, true);
            }
            long end = Math.min(customers, start + batchSize);
            List<BulkCustomerWriter.Entry> batch = new ArrayList<>((int) (end - start));
            for (long i = start; i < end; i++) {
                BulkCustomerWriter.Entry entry = factory.create(i);
                batch.add(entry);
                contacts += entry.contacts().size();
                orders += entry.orders().size();
            }
            written += writer.insertAll(batch);
            progress.update(from + written, customers);
        }
        return new DemoResult(written, contacts, orders, false);
    }
}
