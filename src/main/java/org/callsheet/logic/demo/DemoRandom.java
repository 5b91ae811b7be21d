package org.callsheet.logic.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The random source of one generated customer. Each customer gets its own generator derived from
 * the seed and its number, so a customer never depends on how many came before it or on the
 * batch size. Generators use StrictMath, whose results are the same on every machine, so a seed
 * gives the same book everywhere.
 */
final class DemoRandom {
    private final SplittableRandom random;
    private final long index;
    private int uuidsIssued;

    DemoRandom(long seed, long index) {
        this.index = index;
        this.random = new SplittableRandom(mix(seed) ^ mix(index + 0x632BE59BD9B4E019L));
    }

    /** Stafford's variant 13 of the 64-bit finaliser: spreads nearby seeds far apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [from, to] (both inclusive). */
    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    double gaussian() {
        return random.nextGaussian();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Poisson-distributed count (Knuth's method; fine for the small means used here). */
    int poisson(double mean) {
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + StrictMath.sqrt(mean) * gaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /**
     * A custom (version 8) UUID that repeats for the same seed: the customer's number and a running
     * count lead, so ids of consecutive customers sort together and index inserts stay at the end
     * of the database's trees; the rest is random.
     */
    String uuid() {
        long high = (index << 28) | ((uuidsIssued++ & 0xFFFL) << 16) | 0x8000L | (random.nextLong() & 0xFFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
