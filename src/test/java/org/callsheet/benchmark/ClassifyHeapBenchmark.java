package org.callsheet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.classification.ClassificationSource;
import org.callsheet.logic.classification.ClassifiedPopulation;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.model.CustomerStatus;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqClassificationStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Live heap of a reclassification of N customers (1,000,000 unless -Dbench.customers=N) with
 * five orders each on average, fed from a generated stream instead of a database so the figure
 * is the classification's own: after reading (order columns), and after classifying (every
 * customer's result held, order columns released). Target ≤ 512 MB.
 */
@Tag("benchmark")
class ClassifyHeapBenchmark {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void heapOfAMillionCustomers() {
        int customers = BenchmarkDatabase.customers();
        long before = Report.usedHeapAfterGc();
        try (Database db = Database.inMemory("classify-heap-" + UUID.randomUUID())) {
            ClassificationService service = new ClassificationService(new GeneratedBook(customers),
                    new JooqClassificationStore(db.dsl()), ClassificationSettings.DEFAULTS, BenchmarkDatabase.CLOCK);
            long[] heap = new long[2];
            AfterGcPeak peak = AfterGcPeak.start();
            long start = System.nanoTime();
            ClassifiedPopulation population = service.preview(TODAY, (phase, done, total) -> {
                if (done == total && phase == ClassificationProgress.Phase.READING) {
                    heap[0] = Report.usedHeapAfterGc();
                } else if (done == total && total > 0 && phase == ClassificationProgress.Phase.CLASSIFYING) {
                    heap[1] = Report.usedHeapAfterGc();
                }
            }, () -> false).orElseThrow();
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakBytes = peak.stop();
            assertThat(population.size()).isEqualTo(customers);
            assertThat(population.statusCounts().get(CustomerStatus.SMALL)).isPositive();
            Report.line("generated book of %,d customers classified in %.1f s (including two full GCs)",
                    customers, seconds);
            Report.line("live heap above the baseline: %,d MB after reading the orders, %,d MB with every result held "
                    + "(target <= 512 MB)", (heap[0] - before) >> 20, (heap[1] - before) >> 20);
            Report.line("largest heap left after any collection during the run: %,d MB above the baseline",
                    (peakBytes - before) >> 20);
        }
    }

    /** Samples the heap left after each garbage collection (all pools) and keeps the largest. */
    private static final class AfterGcPeak {
        private final Thread thread;
        private volatile boolean running = true;
        private long max;

        private AfterGcPeak() {
            thread = new Thread(() -> {
                while (running) {
                    long sum = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        MemoryUsage after = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
                        sum += after == null ? 0 : after.getUsed();
                    }
                    max = Math.max(max, sum);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static AfterGcPeak start() {
            AfterGcPeak peak = new AfterGcPeak();
            peak.thread.start();
            return peak;
        }

        long stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return max;
        }
    }

    /** Customers 1..N, about five orders each over two years, seed 42; a third of the costs unknown. */
    private record GeneratedBook(int customers) implements ClassificationSource {
        @Override
        public long orderCountEstimate() {
            return customers * 5L + 1024;
        }

        @Override
        public void forEachCustomer(CustomerSink sink) {
            for (long id = 1; id <= customers; id++) {
                sink.accept(id, id % 97 == 0, false, NO_DAY, CustomerStatus.SUSPECT, null, null, false, 0);
            }
        }

        @Override
        public void forEachOrder(LocalDate upTo, OrderSink sink) {
            SplittableRandom random = new SplittableRandom(42);
            int last = (int) upTo.toEpochDay();
            for (long id = 1; id <= customers; id++) {
                int orders = random.nextInt(11);
                for (int k = 0; k < orders; k++) {
                    long cents = 1_000 + random.nextLong(500_000);
                    long cost = random.nextInt(3) == 0 ? NO_COST : cents * (50 + random.nextInt(45)) / 100;
                    sink.accept(id, last - random.nextInt(730), cents, cost);
                }
            }
        }

        @Override
        public void forEachCustomerLabel(LabelSink sink) {
            for (long id = 1; id <= customers; id++) {
                sink.accept(id, "G-" + id, "客户" + id);
            }
        }
    }
}
