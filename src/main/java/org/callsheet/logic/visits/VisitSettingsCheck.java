package org.callsheet.logic.visits;

import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.callsheet.model.CustomerStatus;

/**
 * Checks the travel and visit settings as a rep types them (texts under their settings keys):
 * times, numbers within sensible bounds, a day and a lunch window that end after they start,
 * starts given as coordinates within range. Each problem is the key of its message, by the
 * setting's key; whether an address names a known place is {@link #places}' question.
 */
public final class VisitSettingsCheck {
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 120;
    public static final double MIN_ROAD_FACTOR = 1;
    public static final double MAX_ROAD_FACTOR = 3;
    public static final int MAX_LUNCH_MINUTES = 180;
    public static final int MIN_VISIT_MINUTES = 5;
    public static final int MAX_VISIT_MINUTES = 480;
    public static final int MAX_INTERVAL_DAYS = 365;

    private VisitSettingsCheck() {
    }

    /** Every problem of the texts that needs no region data, by setting key. */
    public static Map<String, String> problems(Map<String, String> text) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<LocalTime> dayStart = time(text, TravelSettings.DAY_START, problems);
        Optional<LocalTime> dayEnd = time(text, TravelSettings.DAY_END, problems);
        Optional<LocalTime> lunchFrom = time(text, TravelSettings.LUNCH_FROM, problems);
        Optional<LocalTime> lunchTo = time(text, TravelSettings.LUNCH_TO, problems);
        if (dayStart.isPresent() && dayEnd.isPresent() && !dayEnd.get().isAfter(dayStart.get())) {
            problems.put(TravelSettings.DAY_END, "settings.travel.error.dayEnd");
        }
        if (lunchFrom.isPresent() && lunchTo.isPresent() && lunchTo.get().isBefore(lunchFrom.get())) {
            problems.put(TravelSettings.LUNCH_TO, "settings.travel.error.lunchWindow");
        }
        Optional<Integer> lunch = TravelSettings.readWhole(text.get(TravelSettings.LUNCH_MINUTES));
        boolean lunchFits = lunch.isPresent() && lunch.get() <= MAX_LUNCH_MINUTES && (lunchFrom.isEmpty()
                || lunchTo.isEmpty() || lunchTo.get().isBefore(lunchFrom.get())
                || lunch.get() <= Duration.between(lunchFrom.get(), lunchTo.get()).toMinutes());
        if (!lunchFits) {
            problems.put(TravelSettings.LUNCH_MINUTES, "settings.travel.error.lunchMinutes");
        }
        number(text, TravelSettings.SPEED_KMH, MIN_SPEED, MAX_SPEED, "settings.travel.error.speed", problems);
        number(text, TravelSettings.ROAD_FACTOR, MIN_ROAD_FACTOR, MAX_ROAD_FACTOR, "settings.travel.error.roadFactor",
                problems);
        for (CustomerStatus tier : TravelSettings.VISIT_TIERS) {
            whole(text, TravelSettings.VISIT_MINUTES_PREFIX + tier.name(), MIN_VISIT_MINUTES, MAX_VISIT_MINUTES,
                    "settings.travel.error.visitMinutes", problems);
        }
        whole(text, TravelSettings.VISIT_MINUTES_PREFIX + TravelSettings.OTHER_TIERS, MIN_VISIT_MINUTES,
                MAX_VISIT_MINUTES, "settings.travel.error.visitMinutes", problems);
        for (CustomerStatus tier : VisitRules.TIERS) {
            whole(text, VisitRules.INTERVAL_DAYS_PREFIX + tier.name(), 0, MAX_INTERVAL_DAYS,
                    "settings.travel.error.intervalDays", problems);
        }
        for (String start : new String[] {StartPlaces.OFFICE, StartPlaces.HOME}) {
            if (StartPlaces.coordinateProblem(text.getOrDefault(start, "")).isPresent()) {
                problems.put(start, "settings.travel.error.startRange");
            }
        }
        return problems;
    }

    /** Starts written as addresses that name no district or city the region data knows, by setting key. */
    public static Map<String, String> places(Map<String, String> text, StartPlaces places) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String start : new String[] {StartPlaces.OFFICE, StartPlaces.HOME}) {
            places.find(text.getOrDefault(start, "")).problem().ifPresent(p -> problems.put(start,
                    p == StartPlaces.Problem.OUT_OF_RANGE ? "settings.travel.error.startRange"
                            : "settings.travel.error.startPlace"));
        }
        return problems;
    }

    private static Optional<LocalTime> time(Map<String, String> text, String key, Map<String, String> problems) {
        Optional<LocalTime> time = TravelSettings.readTime(text.get(key));
        if (time.isEmpty()) {
            problems.put(key, "settings.travel.error.time");
        }
        return time;
    }

    private static void number(Map<String, String> text, String key, double min, double max, String message,
                               Map<String, String> problems) {
        Optional<Double> value = TravelSettings.readNumber(text.get(key));
        if (value.isEmpty() || value.get() < min || value.get() > max) {
            problems.put(key, message);
        }
    }

    private static void whole(Map<String, String> text, String key, int min, int max, String message,
                              Map<String, String> problems) {
        Optional<Integer> value = TravelSettings.readWhole(text.get(key));
        if (value.isEmpty() || value.get() < min || value.get() > max) {
            problems.put(key, message);
        }
    }
}
