package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Order histories drawn from the BG/NBD and Gamma-Gamma processes themselves, so a fit on them
 * must give back the parameters used: purchase rate λ ~ Gamma(r, α) per week, drop-out
 * probability after each repeat purchase p ~ Beta(a, b), amounts Gamma(p, ν) with
 * ν ~ Gamma(q, γ). Customers arrive uniformly over {@code spanWeeks} before D.
 */
final class SimulatedBuyers {

    private final SplittableRandom random;

    SimulatedBuyers(long seed) {
        this.random = new SplittableRandom(seed);
    }

    List<CustomerHistory> draw(int customers, BgNbdParameters purchases, GammaGammaParameters spend,
                               LocalDate asOf, int spanWeeks) {
        List<CustomerHistory> out = new ArrayList<>(customers);
        for (int c = 0; c < customers; c++) {
            double lambda = gamma(purchases.r()) / purchases.alpha();
            double dropOut = beta(purchases.a(), purchases.b());
            double nu = gamma(spend.q()) / spend.gamma();
            double age = random.nextDouble() * spanWeeks;
            LocalDate first = asOf.minusDays((long) Math.floor(age * 7));
            List<OrderFact> orders = new ArrayList<>();
            orders.add(OrderFact.of(first, amount(spend.p(), nu)));
            long lastDay = asOf.toEpochDay() - first.toEpochDay();
            double t = 0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / lambda;
                if (t * 7 >= lastDay + 1) {
                    break;
                }
                orders.add(OrderFact.of(first.plusDays((long) Math.floor(t * 7)), amount(spend.p(), nu)));
                if (random.nextDouble() < dropOut) {
                    break;
                }
            }
            out.add(CustomerHistory.of(c, orders));
        }
        return out;
    }

    private BigDecimal amount(double shape, double rate) {
        return BigDecimal.valueOf(gamma(shape) / rate).setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
    }

    private double beta(double a, double b) {
        double x = gamma(a);
        return x / (x + gamma(b));
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang; shapes below 1 through the U^(1/shape) boost. */
    private double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private double normal() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
