package org.callsheet.logic.classification.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * A customer's purchase history condensed for the repeat-purchase models, in weeks:
 * {@code x} repeat purchases (distinct purchase days after the first), {@code tx} time from the
 * first to the last purchase, {@code age} (T) time from the first purchase to the end of the
 * calibration period, and {@code meanRepeatSpend} the mean amount of the repeat purchase days
 * (0 when x = 0).
 */
public record PurchaseSummary(int x, double tx, double age, double meanRepeatSpend) {

    static final double DAYS_PER_WEEK = 7.0;

    public PurchaseSummary {
        if (x < 0 || tx < 0 || age < tx) {
            throw new IllegalArgumentException("need x >= 0 and 0 <= t_x <= T");
        }
    }

    /**
     * Summarises dated orders as of {@code calibrationEnd}: orders after it are ignored, orders on
     * the same day are merged into one purchase whose spend is their sum, and days whose merged
     * amount is negative (net returns) are not purchases; a zero-amount order still is one. Empty when nothing was bought by then.
     */
    public static Optional<PurchaseSummary> fromOrders(Collection<OrderFact> orders, LocalDate calibrationEnd) {
        long endDay = calibrationEnd.toEpochDay();
        long[] days = new long[orders.size()];
        double[] amounts = new double[orders.size()];
        int n = 0;
        for (OrderFact o : orders) {
            if (o.date().toEpochDay() <= endDay) {
                days[n] = o.date().toEpochDay();
                amounts[n] = o.amount().doubleValue();
                n++;
            }
        }
        return fromDays(days, amounts, n, endDay);
    }

    /**
     * Same as {@link #fromOrders} on primitive columns: the first {@code n} entries of
     * {@code epochDays} and {@code amounts}, all on or before {@code endDay}, in any order.
     * The arrays are reordered in place.
     */
    static Optional<PurchaseSummary> fromDays(long[] epochDays, double[] amounts, int n, long endDay) {
        if (n >= 1 << 24) {
            throw new IllegalArgumentException("too many orders for one customer: " + n);
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (epochDays[i] << 24) | i;
        }
        Arrays.sort(packed);
        return fromPacked(packed, amounts, n, endDay);
    }

    /**
     * From {@code n} sorted keys (epoch day &lt;&lt; 24 | index into {@code amounts}) of orders on or
     * before {@code endDay}.
     */
    static Optional<PurchaseSummary> fromPacked(long[] packed, double[] amounts, int n, long endDay) {
        long firstDay = Long.MIN_VALUE;
        long lastDay = Long.MIN_VALUE;
        int purchases = 0;
        double repeatSpend = 0;
        int i = 0;
        while (i < n) {
            long day = packed[i] >> 24;
            double sum = 0;
            while (i < n && (packed[i] >> 24) == day) {
                sum += amounts[(int) (packed[i] & 0xFFFFFF)];
                i++;
            }
            if (sum >= 0) {
                if (purchases == 0) {
                    firstDay = day;
                } else {
                    repeatSpend += sum;
                }
                lastDay = day;
                purchases++;
            }
        }
        if (purchases == 0) {
            return Optional.empty();
        }
        int x = purchases - 1;
        return Optional.of(new PurchaseSummary(x, (lastDay - firstDay) / DAYS_PER_WEEK,
                (endDay - firstDay) / DAYS_PER_WEEK, x == 0 ? 0.0 : repeatSpend / x));
    }
}
