package org.callsheet.persistence;

import java.math.BigDecimal;

/**
 * A 64-bit hash built value by value (each step a SplitMix64 finaliser over the running state),
 * with a distinct contribution for null, so "no value" never hashes like zero.
 */
final class RowHash {
    private static final long NULL = 0x5DEECE66DL;

    private RowHash() {
    }

    static long start() {
        return 0x243F6A8885A308D3L;
    }

    static long add(long h, long value) {
        long z = h * 31 + value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long add(long h, Long value) {
        return value == null ? add(add(h, NULL), NULL) : add(add(h, 1), value.longValue());
    }

    static long add(long h, Double value) {
        return add(h, value == null ? null : Double.doubleToLongBits(value));
    }

    static long add(long h, BigDecimal value) {
        if (value == null) {
            return add(h, (Long) null);
        }
        return add(add(add(h, 1), value.scale()), value.unscaledValue().longValue() ^ value.unscaledValue().bitLength());
    }
}
