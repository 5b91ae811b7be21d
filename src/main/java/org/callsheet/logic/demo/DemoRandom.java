package org.callsheet.logic.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The random source of one generated customer. Each customer gets its own generator derived from
 * the seed and its number, so a customer never depends on how many came before it or on the
 * batch size.
 */
final class DemoRandom {
    private final SplittableRandom random;

    DemoRandom(long seed, long index) {
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
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** A random (version 4) UUID drawn from this generator, so it repeats for the same seed. */
    String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
