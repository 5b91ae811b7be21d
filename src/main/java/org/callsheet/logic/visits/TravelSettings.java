package org.callsheet.logic.visits;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.CustomerStatus;

/**
 * How a day of visits is timed: the working day, travel speed and the road factor (road km per
 * great-circle km), the lunch break and its window, and the default minutes of a visit per tier.
 * Kept in the settings under the keys below (Settings → Visits and travel); a missing or garbled
 * value reads as the city default.
 */
public record TravelSettings(LocalTime dayStart, LocalTime dayEnd, double speedKmh, double roadFactor,
                             LocalTime lunchFrom, LocalTime lunchTo, Duration lunch,
                             Map<CustomerStatus, Duration> visitByTier) {
    public static final String DAY_START = "visits.dayStart";
    public static final String DAY_END = "visits.dayEnd";
    public static final String LUNCH_FROM = "visits.lunchFrom";
    public static final String LUNCH_TO = "visits.lunchTo";
    public static final String LUNCH_MINUTES = "visits.lunchMinutes";
    public static final String SPEED_KMH = "visits.speedKmh";
    public static final String ROAD_FACTOR = "visits.roadFactor";
    /** Followed by a tier of {@link #VISIT_TIERS} or {@link #OTHER_TIERS}. */
    public static final String VISIT_MINUTES_PREFIX = "visits.visitMinutes.";
    /** The tiers with minutes of their own; every other status shares {@link #OTHER_TIERS}' minutes. */
    public static final List<CustomerStatus> VISIT_TIERS = List.of(CustomerStatus.SUPER, CustomerStatus.BIG,
            CustomerStatus.MEDIUM, CustomerStatus.SMALL);
    public static final String OTHER_TIERS = "OTHER";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

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

    /** The settings as stored: every value as text under its key, in the order a form shows them. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(DAY_START, TIME.format(dayStart));
        values.put(DAY_END, TIME.format(dayEnd));
        values.put(LUNCH_FROM, TIME.format(lunchFrom));
        values.put(LUNCH_TO, TIME.format(lunchTo));
        values.put(LUNCH_MINUTES, Long.toString(lunch.toMinutes()));
        values.put(SPEED_KMH, plain(speedKmh));
        values.put(ROAD_FACTOR, plain(roadFactor));
        for (CustomerStatus tier : VISIT_TIERS) {
            values.put(VISIT_MINUTES_PREFIX + tier.name(), Long.toString(visitFor(tier).toMinutes()));
        }
        values.put(VISIT_MINUTES_PREFIX + OTHER_TIERS, Long.toString(visitFor(CustomerStatus.OTHER).toMinutes()));
        return values;
    }

    /** The stored settings, each missing or garbled value (or a day that would not hold) as the city default. */
    public static TravelSettings from(Settings settings) {
        TravelSettings defaults = cityDefaults();
        Map<String, String> text = defaults.values();
        text.replaceAll((key, fallback) -> settings.get(key).map(String::strip).orElse(fallback));
        try {
            return parse(text, defaults);
        } catch (IllegalArgumentException contradictory) {
            return defaults;
        }
    }

    /** Settings from texts under the keys of {@link #values()}; a value that does not read is the fallback's. */
    static TravelSettings parse(Map<String, String> text, TravelSettings fallback) {
        Map<String, String> known = fallback.values();
        Map<CustomerStatus, Duration> visits = new EnumMap<>(CustomerStatus.class);
        Duration others = minutes(text, known, VISIT_MINUTES_PREFIX + OTHER_TIERS);
        for (CustomerStatus status : CustomerStatus.values()) {
            visits.put(status, VISIT_TIERS.contains(status)
                    ? minutes(text, known, VISIT_MINUTES_PREFIX + status.name()) : others);
        }
        return new TravelSettings(time(text, known, DAY_START), time(text, known, DAY_END),
                number(text, known, SPEED_KMH), number(text, known, ROAD_FACTOR), time(text, known, LUNCH_FROM),
                time(text, known, LUNCH_TO), minutes(text, known, LUNCH_MINUTES), visits);
    }

    /** A time of day as the settings write it ({@code 09:00}; {@code 9:00} is read too). */
    static Optional<LocalTime> readTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip(), TIME));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A decimal number ({@code 25}, {@code 1.3}); empty when the text is none. */
    static Optional<Double> readNumber(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()).doubleValue());
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A whole number, none negative (minutes, days); empty when the text is none. */
    static Optional<Integer> readWhole(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.strip()));
    }

    private static LocalTime time(Map<String, String> text, Map<String, String> known, String key) {
        return readTime(text.get(key)).orElseGet(() -> readTime(known.get(key)).orElseThrow());
    }

    private static double number(Map<String, String> text, Map<String, String> known, String key) {
        return readNumber(text.get(key)).orElseGet(() -> readNumber(known.get(key)).orElseThrow());
    }

    private static Duration minutes(Map<String, String> text, Map<String, String> known, String key) {
        return Duration.ofMinutes(readWhole(text.get(key)).orElseGet(() -> readWhole(known.get(key)).orElseThrow()));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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
