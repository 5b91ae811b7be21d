package org.callsheet.logic.funnel;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.Stage;

/**
 * The rep's funnel settings: per stage the default probability ({@code funnel.probability.<code>},
 * percent, defaults 10/20/40/60/80/95/100) and the days after which an open opportunity in it is
 * stale ({@code funnel.staleDays.<code>}, 0 for never; defaults 14/21/21/30/30/30/30); and the lost
 * reasons offered ({@value #LOST_REASONS}, one a line: a built-in reason's code or the rep's own text).
 */
public record FunnelSettings(Map<Stage, Integer> probabilities, Map<Stage, Integer> staleDays, List<String> lostReasons) {
    public static final String LOST_REASONS = "funnel.lostReasons";
    /** Codes of the built-in lost reasons, shown through the funnel bundle (funnel.lostReason.CODE). */
    public static final List<String> BUILT_IN_REASONS = List.of("price", "competitor", "budget", "timing",
            "no_decision", "no_contact");
    private static final int[] DEFAULT_STALE_DAYS = {14, 21, 21, 30, 30, 30, 30};

    public FunnelSettings {
        probabilities = Map.copyOf(probabilities);
        staleDays = Map.copyOf(staleDays);
        lostReasons = List.copyOf(lostReasons);
    }

    public static String probabilityKey(Stage stage) {
        return "funnel.probability." + stage.code();
    }

    public static String staleDaysKey(Stage stage) {
        return "funnel.staleDays." + stage.code();
    }

    public static int defaultStaleDays(Stage stage) {
        return DEFAULT_STALE_DAYS[stage.ordinal()];
    }

    public static FunnelSettings defaults() {
        return from(key -> Optional.empty());
    }

    public static FunnelSettings from(Settings settings) {
        return from(settings::get);
    }

    public static FunnelSettings from(Function<String, Optional<String>> values) {
        Map<Stage, Integer> probabilities = new EnumMap<>(Stage.class);
        Map<Stage, Integer> stale = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            probabilities.put(stage, Math.min(100, count(values.apply(probabilityKey(stage)),
                    stage.defaultProbability())));
            stale.put(stage, count(values.apply(staleDaysKey(stage)), defaultStaleDays(stage)));
        }
        List<String> reasons = values.apply(LOST_REASONS)
                .map(text -> Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .filter(list -> !list.isEmpty())
                .orElse(BUILT_IN_REASONS);
        return new FunnelSettings(probabilities, stale, reasons);
    }

    private static int count(Optional<String> value, int fallback) {
        return value.map(String::strip).map(v -> {
            try {
                int parsed = Integer.parseInt(v);
                return parsed < 0 ? fallback : parsed;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    public int probability(Stage stage) {
        return probabilities.get(stage);
    }

    /** Whether an open opportunity that entered {@code stage} {@code daysInStage} days ago is stale. */
    public boolean stale(Stage stage, long daysInStage) {
        int limit = staleDays.get(stage);
        return limit > 0 && daysInStage > limit;
    }
}
