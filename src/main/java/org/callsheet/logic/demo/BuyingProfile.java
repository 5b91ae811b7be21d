package org.callsheet.logic.demo;

import java.util.List;

/**
 * How a demo customer buys. {@code annualRevenue} is drawn from a log-normal distribution, so a
 * few customers buy far more than the long tail; {@code costRatio} is null when the company's
 * system sends no cost, {@code paymentTermDays} is 0 for customers who pay at once.
 */
record BuyingProfile(Pattern pattern, double annualRevenue, double ordersPerYear, Double costRatio,
                     int paymentTermDays, boolean slowPayer) {

    enum Pattern { NEVER, LAPSED, ACTIVE }

    private static final List<Integer> TERMS = List.of(30, 30, 60, 90);

    /** Median yearly revenue of a company customer and the spread of its logarithm. */
    static final double COMPANY_MEDIAN = 30_000;
    static final double SPREAD = 1.7;

    static BuyingProfile draw(DemoRandom random, boolean person, Industry industry) {
        double roll = random.nextDouble();
        Pattern pattern = roll < 0.15 ? Pattern.NEVER : roll < 0.30 ? Pattern.LAPSED : Pattern.ACTIVE;
        double median = person ? 3_000 : COMPANY_MEDIAN;
        double spread = person ? 1.0 : SPREAD;
        double annual = Math.min(50_000_000, median * StrictMath.exp(spread * random.gaussian()));
        double perYear = 3 * StrictMath.pow(annual / COMPANY_MEDIAN, 0.35) * StrictMath.exp(0.4 * random.gaussian());
        perYear = Math.clamp(perYear, 1.0, 100.0);
        Double costRatio = random.chance(0.7)
                ? 1 - (industry.marginFrom() + random.nextDouble() * (industry.marginTo() - industry.marginFrom()))
                : null;
        int terms = person || random.chance(0.5) ? 0 : random.pick(TERMS);
        return new BuyingProfile(pattern, annual, perYear, costRatio, terms, random.chance(0.06));
    }

    /** How many standard deviations this customer's yearly revenue lies above the company median. */
    double standardScore() {
        return StrictMath.log(annualRevenue / COMPANY_MEDIAN) / SPREAD;
    }
}
