package org.callsheet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.imports.DuplicatePolicy;
import org.callsheet.logic.csv.imports.ImportProgress;
import org.callsheet.logic.csv.imports.ImportRequest;
import org.callsheet.logic.csv.imports.ImportResult;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqImportStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Imports a customer list as wide and messy as a real company's ({@link CompanyListCsv}, GB18030)
 * and an orders file of 1,000,000 rows each (-Dbench.rows=N) into a fresh file database, next to
 * H2's own CSVREAD loading the same files into plain tables.
 * Targets: import time ≤ 4 × CSVREAD's now, ≤ 2 × as the goal, peak heap ≤ 512 MB. Last, the
 * floor: H2 alone writing the customer file's rows into Callsheet's tables as a large import does
 * ({@link ImportFloor}, ADR 22, 47; -Dbench.floor=false leaves it out).
 */
@Tag("benchmark")
class ImportBenchmark {

    @Test
    void importMessyCustomersAndOrders() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        Path folder = Path.of(System.getProperty("callsheet.target", "target"), "bench", "company-list-" + rows);
        Path customers = folder.resolve("customers.csv");
        Path orders = folder.resolve("orders.csv");
        Files.createDirectories(folder);
        if (!Files.exists(customers) || !Files.exists(orders)) {
            long start = System.nanoTime();
            CompanyListCsv.customers(customers, rows);
            MessyCsv.orders(orders, rows, rows);
            Report.line("generated %,d + %,d rows (%,d + %,d MB) in %.1f s", rows, rows, Files.size(customers) >> 20,
                    Files.size(orders) >> 20, (System.nanoTime() - start) / 1e9);
        }
        deleteDatabases(folder);
        PhoneNormalizer phones = new PhoneNormalizer();
        AddressParser addresses = new AddressParser(RegionDirectory.shipped());
        try (Database db = Database.open(folder.resolve("db", "callsheet"));
             HeapWatch heap = new HeapWatch()) {
            ImportService imports = new ImportService(new JooqImportStore(db.dsl(), new Pinyin(), phones), phones,
                    addresses::parse, Clock.systemUTC());
            Path file = folder.resolve("db").resolve("callsheet.mv.db");
            StoreFigures beforeCustomers = StoreFigures.of(db, file);
            LiveHeap customerHeap = new LiveHeap(rows);
            double cpuStart = cpuSeconds();
            double customerSeconds = timed(() -> check(imports.run(ImportRequest.of(customers, StandardEntities.CUSTOMERS)
                    .withPolicy(DuplicatePolicy.MERGE), customerHeap::measure, () -> false), rows))
                    - customerHeap.secondsSpent;
            double customerCpu = cpuSeconds() - cpuStart - customerHeap.cpuSpent;
            StoreFigures beforeOrders = StoreFigures.of(db, file);
            LiveHeap orderHeap = new LiveHeap(rows);
            cpuStart = cpuSeconds();
            double orderSeconds = timed(() -> check(imports.run(ImportRequest.of(orders, StandardEntities.ORDERS),
                    orderHeap::measure, () -> false), rows)) - orderHeap.secondsSpent;

            double orderCpu = cpuSeconds() - cpuStart - orderHeap.cpuSpent;
            StoreFigures beforeCsvread = StoreFigures.of(db, file);
            cpuStart = cpuSeconds();
            double csvreadCustomers = timed(() -> db.dsl().execute("CREATE TABLE bench_customers AS SELECT * FROM CSVREAD('"
                    + customers.toAbsolutePath() + "', NULL, 'charset=GB18030')"));
            double csvreadCustomersCpu = cpuSeconds() - cpuStart;
            cpuStart = cpuSeconds();
            double csvreadOrders = timed(() -> db.dsl().execute("CREATE TABLE bench_orders AS SELECT * FROM CSVREAD('"
                    + orders.toAbsolutePath() + "', NULL, 'charset=UTF-8')"));
            double csvreadOrdersCpu = cpuSeconds() - cpuStart;
            StoreFigures end = StoreFigures.of(db, file);

            Report.line("customers: %,d rows imported in %.1f s = %,.0f rows/s; CSVREAD %.1f s (ratio %.1f, target <= 4, goal <= 2)",
                    rows, customerSeconds, rows / customerSeconds, csvreadCustomers, customerSeconds / csvreadCustomers);
            Report.line("orders:    %,d rows imported in %.1f s = %,.0f rows/s; CSVREAD %.1f s (ratio %.1f, target <= 4, goal <= 2)",
                    rows, orderSeconds, rows / orderSeconds, csvreadOrders, orderSeconds / csvreadOrders);
            Report.line("process CPU time (all threads; steadier than wall time on a busy machine): customers %.1f s vs"
                    + " CSVREAD %.1f s (ratio %.1f); orders %.1f s vs CSVREAD %.1f s (ratio %.1f)", customerCpu,
                    csvreadCustomersCpu, customerCpu / csvreadCustomersCpu, orderCpu, csvreadOrdersCpu,
                    orderCpu / csvreadOrdersCpu);
            Report.line("database file: customers import %s; orders import %s; both CSVREADs %s",
                    beforeCustomers.to(beforeOrders), beforeOrders.to(beforeCsvread), beforeCsvread.to(end));
            Report.line("field history: %,d rows written by the customer import (the fields its merges changed)",
                    db.dsl().fetchCount(org.callsheet.persistence.jooq.Tables.CUSTOMER_FIELD_CHANGE));
            Report.line("live heap (after full GC, 10 times per import): peak %,d MB during customers, %,d MB during"
                    + " orders (target <= 512 MB); heap in use incl. garbage, sampled: max %,d MB",
                    customerHeap.peak >> 20, orderHeap.peak >> 20, heap.peakSampled() >> 20);
        }
        if (!Boolean.parseBoolean(System.getProperty("bench.floor", "true"))) {
            return;
        }
        ImportFloor.Floor floor = ImportFloor.measure(folder.resolve("db", "floor"), customers, orders);
        Report.line("floor of this design, H2 alone (plain SQL: rows copied from the CSVREAD tables with the plain"
                + " indexes off, then those built): %,d customers + %,d contacts %.1f s + indexes %.1f s = %.1f x"
                + " their CSVREAD (%.1f s; the rows alone, as a store keeping its sort indexes outside H2 would"
                + " write them, %.1f x); %,d orders %.1f s + indexes %.1f s = %.1f x their CSVREAD (%.1f s)",
                floor.customers().rows(), floor.customers().contacts(), floor.customers().copySeconds(),
                floor.customers().indexSeconds(), floor.customers().ratio(), floor.customers().csvreadSeconds(),
                floor.customers().copySeconds() / floor.customers().csvreadSeconds(),
                floor.orders().rows(), floor.orders().copySeconds(), floor.orders().indexSeconds(),
                floor.orders().ratio(), floor.orders().csvreadSeconds());
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static void check(ImportResult result, int rows) {
        Report.line("%s %s", result.entityId(), result.counts());
        assertThat(result.imported()).isTrue();
        assertThat(result.counts().read()).isGreaterThanOrEqualTo(rows);
    }

    /** Live heap measured by full collections at tenths of the import; their time is not counted. */
    private static final class LiveHeap {
        private final long step;
        private long next;
        long peak;
        double secondsSpent;
        double cpuSpent;

        LiveHeap(int rows) {
            this.step = Math.max(1, rows / 10);
            this.next = step;
        }

        void measure(ImportProgress progress) {
            if (progress.phase() == ImportProgress.Phase.IMPORTING && progress.rowsRead() >= next) {
                next += step;
                long start = System.nanoTime();
                double cpuStart = cpuSeconds();
                peak = Math.max(peak, Report.usedHeapAfterGc());
                secondsSpent += (System.nanoTime() - start) / 1e9;
                cpuSpent += cpuSeconds() - cpuStart;
            }
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteDatabases(Path folder) throws Exception {
        Path db = folder.resolve("db");
        if (Files.exists(db)) {
            try (Stream<Path> files = Files.walk(db)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Samples the heap every 20 ms: live data after the last collection, and everything in use. */
    private static final class HeapWatch implements AutoCloseable {
        private final AtomicLong afterGc = new AtomicLong();
        private final AtomicLong sampled = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapWatch() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            thread = new Thread(() -> {
                while (running) {
                    long live = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                            live += pool.getCollectionUsage().getUsed();
                        }
                    }
                    long finalLive = live;
                    afterGc.accumulateAndGet(finalLive, Math::max);
                    sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        long peakAfterGc() {
            return afterGc.get();
        }

        long peakSampled() {
            return sampled.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
