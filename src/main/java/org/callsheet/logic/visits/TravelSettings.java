package org.callsheet.logic.visits;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import org.callsheet.model.CustomerStatus;

/**
 * How a day of visits is timed: the working day, travel speed and the road factor (road km per
 * great-circle km), the lunch break and its window, and the default minutes of a visit per tier.
 */
public record TravelSettings(LocalTime dayStart, LocalTime dayEnd, double speedKmh, double roadFactor,
                             LocalTime lunchFrom, LocalTime lunchTo, Duration lunch,
                             Map<CustomerStatus, Duration> visitByTier) {
    /** City traffic: 25 km/h door to door, roads 1.3 × the straight line, 9:00-18:00, lunch 45 min 11:30-13:30. */
    public static TravelSettings cityDefaults() {
        Map<CustomerStatus, Duration> visits = new EnumMap<>(CustomerStatus.class);
        for (CustomerStatus status : CustomerStatus.values()) {
            visits.put(status, Duration.ofMinutes(30));
        }
        visits.put(CustomerStatus.SUPER, Duration.ofMinutes(90));
        visits.put(CustomerStatus.BIG, Duration.ofMinutes(60));
        visits.put(CustomerStatus.MEDIUM, Duration.ofMinutes(45));
        return new TravelSettings(LocalTime.of(9, 0), LocalTime.of(18, 0), 25, 1.3, LocalTime.of(11, 30),
                LocalTime.of(13, 30), Duration.ofMinutes(45), visits);
    }

    public TravelSettings {
        if (!(speedKmh > 0) || !(roadFactor >= 1)) {
            throw new IllegalArgumentException("speed must be positive and the road factor at least 1");
        }
        if (!dayEnd.isAfter(dayStart) || lunchTo.isBefore(lunchFrom)) {
            throw new IllegalArgumentException("the day and the lunch window must end after they start");
        }
        visitByTier = Map.copyOf(visitByTier);
    }

    /** Road km for a great-circle distance. */
    public double roadKm(double greatCircleKm) {
        return greatCircleKm * roadFactor;
    }

    /** Driving time for a great-circle distance, rounded up to the minute. */
    public Duration travel(double greatCircleKm) {
        double minutes = roadKm(greatCircleKm) / speedKmh * 60;
        return Duration.ofMinutes((long) Math.ceil(minutes - 1e-9));
    }

    public Duration visitFor(CustomerStatus tier) {
        return visitByTier.getOrDefault(tier, Duration.ofMinutes(30));
    }
}
