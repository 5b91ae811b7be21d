package org.callsheet.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.model.Address;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A full-size run: a million demo customers streamed through a writer that keeps nothing, and
 * every address parsed back. Shows that generation streams (the heap stays small) and that the
 * parser keeps up with a million addresses.
 */
@Tag("benchmark")
class MillionCustomersBenchmarkTest {

    @Test
    void generatesAndParsesAMillionCustomers() {
        AddressParser parser = new AddressParser(DemoFixtures.REGIONS);
        AtomicLong parseNanos = new AtomicLong();
        AtomicLong mismatches = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong();
        long started = System.nanoTime();
        DemoResult result = DemoFixtures.generator().generate(DemoDataGenerator.MAX_CUSTOMERS, 1,
                entries -> {
                    long t = System.nanoTime();
                    for (var entry : entries) {
                        Address a = entry.customer().address();
                        if (!parser.parse(a.province() + a.city() + a.district() + a.street()).equals(a)) {
                            mismatches.incrementAndGet();
                        }
                    }
                    parseNanos.addAndGet(System.nanoTime() - t);
                    Runtime rt = Runtime.getRuntime();
                    peakHeap.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    return entries.size();
                }, DemoProgress.NONE, () -> false);
        long totalMillis = (System.nanoTime() - started) / 1_000_000;
        long parseMillis = parseNanos.get() / 1_000_000;
        System.out.printf("1,000,000 customers: %d contacts, %d orders; %d ms in all, %d ms parsing addresses;"
                + " peak heap %d MB%n", result.contacts(), result.orders(), totalMillis, parseMillis,
                peakHeap.get() / 1_000_000);

        assertThat(result.customers()).isEqualTo(DemoDataGenerator.MAX_CUSTOMERS);
        assertThat(mismatches).hasValue(0);
        assertThat(parseMillis).isLessThan(30_000);
        assertThat(peakHeap.get()).isLessThan(600_000_000L);
    }
}
