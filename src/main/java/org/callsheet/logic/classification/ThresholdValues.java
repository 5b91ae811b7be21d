package org.callsheet.logic.classification;

import static org.callsheet.logic.classification.ClassificationThreshold.*;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.logic.classification.rules.ClassificationSettings.ChurnSettings;
import org.callsheet.logic.classification.rules.ClassificationSettings.FaceSettings;
import org.callsheet.logic.classification.rules.ClassificationSettings.PyramidSettings;
import org.callsheet.logic.classification.rules.ClassificationSettings.RelationshipSettings;
import org.callsheet.logic.classification.rules.ClassificationSettings.RepeatModelSettings;
import org.callsheet.logic.classification.rules.ClassificationSettings.ServiceCostSettings;

/** A value for every {@link ClassificationThreshold}: checked as a whole and turned into settings. */
public final class ThresholdValues {

    /** What is wrong with one value; the threshold it is reported on is the key of {@link #problems()}. */
    public enum Problem {
        OUT_OF_RANGE,
        PYRAMID_OVER_100,
        WHITE_NOT_BELOW_RED,
        FEW_NOT_BELOW_MANY,
        MARGINS_OUT_OF_ORDER,
        ALIVE_OUT_OF_ORDER
    }

    private final Map<ClassificationThreshold, BigDecimal> values;

    private ThresholdValues(Map<ClassificationThreshold, BigDecimal> values) {
        this.values = values;
    }

    /** The values of {@code settings}. */
    public static ThresholdValues of(ClassificationSettings settings) {
        Map<ClassificationThreshold, BigDecimal> values = new EnumMap<>(ClassificationThreshold.class);
        for (ClassificationThreshold t : ClassificationThreshold.values()) {
            values.put(t, t.valueIn(settings));
        }
        return new ThresholdValues(values);
    }

    /** {@code base} with the given values in place of its own. */
    public static ThresholdValues of(ClassificationSettings base, Map<ClassificationThreshold, BigDecimal> changed) {
        ThresholdValues values = of(base);
        values.values.putAll(changed);
        return values;
    }

    public BigDecimal get(ClassificationThreshold threshold) {
        return values.get(threshold);
    }

    public Map<ClassificationThreshold, BigDecimal> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** Every problem, at most one per threshold; empty when {@link #toSettings()} will succeed. */
    public Map<ClassificationThreshold, Problem> problems() {
        Map<ClassificationThreshold, Problem> problems = new EnumMap<>(ClassificationThreshold.class);
        values.forEach((t, v) -> {
            if (!t.accepts(v)) {
                problems.put(t, Problem.OUT_OF_RANGE);
            }
        });
        if (get(PYRAMID_SUPER).add(get(PYRAMID_BIG)).add(get(PYRAMID_MEDIUM)).compareTo(BigDecimal.ONE) > 0) {
            problems.putIfAbsent(PYRAMID_MEDIUM, Problem.PYRAMID_OVER_100);
        }
        if (get(FACE_WHITE_MAX_MARGIN).compareTo(get(FACE_RED_MIN_MARGIN)) >= 0) {
            problems.putIfAbsent(FACE_WHITE_MAX_MARGIN, Problem.WHITE_NOT_BELOW_RED);
        }
        if (get(RELATIONSHIP_FEW_UP_TO).compareTo(get(RELATIONSHIP_MANY_FROM)) >= 0) {
            problems.putIfAbsent(RELATIONSHIP_FEW_UP_TO, Problem.FEW_NOT_BELOW_MANY);
        }
        if (get(RELATIONSHIP_MEDIUM_MARGIN).compareTo(get(RELATIONSHIP_HIGH_MARGIN)) > 0) {
            problems.putIfAbsent(RELATIONSHIP_MEDIUM_MARGIN, Problem.MARGINS_OUT_OF_ORDER);
        }
        if (get(MODEL_LOW_ALIVE).compareTo(get(MODEL_HIGH_ALIVE)) > 0) {
            problems.putIfAbsent(MODEL_LOW_ALIVE, Problem.ALIVE_OUT_OF_ORDER);
        }
        return problems;
    }

    /**
     * The settings these values describe; the parts no threshold covers come from
     * {@link ClassificationSettings#DEFAULTS}.
     *
     * @throws IllegalArgumentException when {@link #problems()} is not empty
     */
    public ClassificationSettings toSettings() {
        Map<ClassificationThreshold, Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("classification thresholds out of range: " + problems);
        }
        RepeatModelSettings model = ClassificationSettings.DEFAULTS.repeatModel();
        return new ClassificationSettings(
                whole(WINDOW_MONTHS),
                new PyramidSettings(get(PYRAMID_SUPER), get(PYRAMID_BIG), get(PYRAMID_MEDIUM)),
                new ChurnSettings(whole(CHURN_MIN_ORDER_DATES), get(CHURN_GAP_FACTOR)),
                new FaceSettings(get(FACE_RED_MIN_MARGIN), get(FACE_RED_MIN_GAP_VARIATION).doubleValue(),
                        get(FACE_WHITE_MAX_MARGIN)),
                new ServiceCostSettings(get(COST_PER_CALL), get(COST_PER_VISIT), get(MOST_VALUABLE_SHARE),
                        get(GROWTH_RATE)),
                new RelationshipSettings(whole(RELATIONSHIP_MANY_FROM), whole(RELATIONSHIP_FEW_UP_TO),
                        get(RELATIONSHIP_MEDIUM_MARGIN), get(RELATIONSHIP_HIGH_MARGIN)),
                new RepeatModelSettings(whole(MODEL_HORIZON_DAYS), whole(MODEL_CLV_MONTHS),
                        get(MODEL_DISCOUNT_RATE).doubleValue(), get(MODEL_HIGH_ALIVE).doubleValue(),
                        get(MODEL_LOW_ALIVE).doubleValue(), model.minRepeatCustomers(), model.maxFitCustomers()));
    }

    private int whole(ClassificationThreshold t) {
        return get(t).intValueExact();
    }
}
