package org.callsheet.logic.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.callsheet.model.Order;

/**
 * Two years of orders up to today for one customer, following its {@link BuyingProfile}: order
 * dates spread over the customer's buying period, amounts scattered around its typical order,
 * now and then a return (a negative order), cost, payment and due dates where the profile has them.
 */
final class OrderHistory {
    private static final int DAYS = 730;
    private static final double RETURN_CHANCE = 0.025;

    private OrderHistory() {
    }

    static List<Order> draw(DemoRandom random, BuyingProfile profile, LocalDate today, String customerRef,
                            Instant stamp) {
        if (profile.pattern() == BuyingProfile.Pattern.NEVER) {
            return List.of();
        }
        LocalDate first = today.minusDays(DAYS);
        LocalDate last = today;
        if (profile.pattern() == BuyingProfile.Pattern.LAPSED) {
            last = today.minusDays(random.between(370, 650));
        } else if (random.chance(0.3)) {
            first = today.minusDays(random.between(20, DAYS - 1));
        }
        int span = (int) (last.toEpochDay() - first.toEpochDay());
        int count = Math.clamp(random.poisson(profile.ordersPerYear() * span / 365.0), 1, 400);
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = random.between(0, span);
        }
        Arrays.sort(offsets);
        double typical = profile.annualRevenue() / profile.ordersPerYear();
        List<Order> orders = new ArrayList<>(count + 2);
        for (int offset : offsets) {
            LocalDate date = first.plusDays(offset);
            long cents = Math.max(2_000, Math.round(typical * StrictMath.exp(0.5 * random.gaussian() - 0.125) * 100));
            orders.add(order(random, profile, today, customerRef, orders.size(), date, cents, stamp));
            if (random.chance(RETURN_CHANCE)) {
                LocalDate returned = date.plusDays(random.between(3, 30));
                if (!returned.isAfter(today)) {
                    long back = -Math.max(100, Math.round(cents * (0.1 + 0.9 * random.nextDouble())));
                    orders.add(order(random, profile, today, customerRef, orders.size(), returned, back, stamp));
                }
            }
        }
        return orders;
    }

    private static Order order(DemoRandom random, BuyingProfile profile, LocalDate today, String customerRef,
                               int number, LocalDate date, long cents, Instant stamp) {
        BigDecimal amount = BigDecimal.valueOf(cents, 2);
        BigDecimal cost = null;
        if (profile.costRatio() != null) {
            double ratio = profile.costRatio() + 0.06 * (random.nextDouble() - 0.5);
            cost = BigDecimal.valueOf(Math.round(cents * ratio), 2);
        }
        LocalDate due = null;
        BigDecimal paid = null;
        if (cents < 0) {
            paid = amount;
        } else if (profile.paymentTermDays() > 0) {
            due = date.plusDays(profile.paymentTermDays());
            paid = paidBy(random, profile, today, due, cents);
        } else if (random.chance(0.5)) {
            paid = amount;
        }
        String ref = customerRef + "-" + String.format("%03d", number + 1);
        return new Order(null, random.uuid(), ref, 0, date, amount, cost, paid, due, stamp, stamp);
    }

    private static BigDecimal paidBy(DemoRandom random, BuyingProfile profile, LocalDate today, LocalDate due,
                                     long cents) {
        if (due.isAfter(today)) {
            return random.chance(0.3) ? BigDecimal.valueOf(cents, 2) : BigDecimal.ZERO.setScale(2);
        }
        if (profile.slowPayer() && random.chance(0.5)) {
            return random.chance(0.5) ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(cents / 2, 2);
        }
        return BigDecimal.valueOf(cents, 2);
    }
}
