package org.callsheet.logic.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Moments when the sun's apparent ecliptic longitude reaches a given value (the 24 solar terms,
 * 节气), from the low-precision solar position of Meeus, "Astronomical Algorithms", ch. 25
 * (about 0.01°, i.e. some 15 minutes), found by bisection.
 */
final class SolarTerms {
    static final ZoneId CHINA = ZoneOffset.ofHours(8);
    private static final double J2000 = 2451545.0;
    private static final double UNIX_EPOCH_JD = 2440587.5;
    private static final double SECONDS_PER_DAY = 86400.0;

    private SolarTerms() {
    }

    /** The China Standard Time date on which the sun reaches {@code longitude} degrees in {@code year}. */
    static LocalDate dateOf(int year, double longitude) {
        return momentOf(year, longitude).atZone(CHINA).toLocalDate();
    }

    /** The moment (UT) in {@code year} when the sun's apparent longitude reaches {@code longitude}. */
    static Instant momentOf(int year, double longitude) {
        // The sun moves about 360° in 365.2422 days starting near 280° on 1 January.
        double startJd = julianDay(LocalDate.of(year, 1, 1));
        double guess = startJd + normalise(longitude - 280.0) / 360.0 * 365.2422;
        double lo = guess - 5;
        double hi = guess + 5;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (signedDistance(apparentLongitude(mid), longitude) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double jdTt = (lo + hi) / 2;
        double jdUt = jdTt - deltaTSeconds(year) / SECONDS_PER_DAY;
        long millis = Math.round((jdUt - UNIX_EPOCH_JD) * SECONDS_PER_DAY * 1000);
        return Instant.ofEpochMilli(millis);
    }

    /** Apparent geocentric longitude of the sun in degrees at Julian Ephemeris Day {@code jde}. */
    static double apparentLongitude(double jde) {
        double t = (jde - J2000) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        return normalise(l0 + c - 0.00569 - 0.00478 * Math.sin(omega));
    }

    /** TT − UT in seconds (Espenak and Meeus polynomials; outside 2005–2050 a long-term parabola). */
    static double deltaTSeconds(int year) {
        double y = year + 0.5;
        if (year >= 2005 && year < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        if (year >= 1986 && year < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                    + 0.000651814 * Math.pow(t, 4) + 0.00002373599 * Math.pow(t, 5);
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u;
    }

    static double julianDay(LocalDate date) {
        return date.toEpochDay() + UNIX_EPOCH_JD;
    }

    private static double normalise(double degrees) {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }

    /** Angle from {@code target} to {@code value} in (−180°, 180°]. */
    private static double signedDistance(double value, double target) {
        double d = normalise(value - target);
        return d > 180 ? d - 360 : d;
    }
}
