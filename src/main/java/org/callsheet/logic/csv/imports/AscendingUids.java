package org.callsheet.logic.csv.imports;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Uids for the records an import adds, in the layout of RFC 9562 version 7: the time in
 * milliseconds first, then a counter, then random bits. Each one is greater than the one before,
 * so a million new uids land next to each other at the end of the unique index instead of on a
 * random page each, which keeps H2's page cache warm during a large import. Still unique across
 * machines: 62 random bits follow the time and counter.
 */
final class AscendingUids implements Supplier<String> {
    private static final int COUNTER_LIMIT = 1 << 12;

    private final Clock clock;
    private final SplittableRandom random = new SplittableRandom(new SecureRandom().nextLong());
    private long lastMillis = -1;
    private int counter;

    AscendingUids(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized String get() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = 0;
        } else if (++counter == COUNTER_LIMIT) {
            lastMillis++;
            counter = 0;
        }
        long high = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
