package org.callsheet.logic.classification;

import java.math.BigDecimal;
import java.util.function.Function;
import org.callsheet.logic.classification.rules.ClassificationSettings;

/**
 * One number of {@link ClassificationSettings} that the rep can change in Settings: its storage
 * key, its kind and its allowed range. Percentages are held as fractions (0.01 = 1%).
 */
public enum ClassificationThreshold {
    WINDOW_MONTHS(Group.WINDOW, Kind.WHOLE, "1", "120", s -> whole(s.windowMonths())),
    PYRAMID_SUPER(Group.PYRAMID, Kind.PERCENT, "0", "1", s -> s.pyramid().superShare()),
    PYRAMID_BIG(Group.PYRAMID, Kind.PERCENT, "0", "1", s -> s.pyramid().bigShare()),
    PYRAMID_MEDIUM(Group.PYRAMID, Kind.PERCENT, "0", "1", s -> s.pyramid().mediumShare()),
    CHURN_MIN_ORDER_DATES(Group.CHURN, Kind.WHOLE, "2", "1000", s -> whole(s.churn().minOrderDates())),
    CHURN_GAP_FACTOR(Group.CHURN, Kind.NUMBER, "0.1", "100", s -> s.churn().gapFactor()),
    FACE_RED_MIN_MARGIN(Group.FACES, Kind.PERCENT, "0", "1", s -> s.faces().redMinMarginRate()),
    FACE_RED_MIN_GAP_VARIATION(Group.FACES, Kind.NUMBER, "0", "100",
            s -> BigDecimal.valueOf(s.faces().redMinGapVariation())),
    FACE_WHITE_MAX_MARGIN(Group.FACES, Kind.PERCENT, "0", "1", s -> s.faces().whiteMaxMarginRate()),
    COST_PER_CALL(Group.SERVICE_COST, Kind.MONEY, "0", "1000000", s -> s.serviceCost().costPerCall()),
    COST_PER_VISIT(Group.SERVICE_COST, Kind.MONEY, "0", "1000000", s -> s.serviceCost().costPerVisit()),
    MOST_VALUABLE_SHARE(Group.SERVICE_COST, Kind.PERCENT, "0", "1", s -> s.serviceCost().mostValuableShare()),
    GROWTH_RATE(Group.SERVICE_COST, Kind.PERCENT, "0", "10", s -> s.serviceCost().growthRate()),
    RELATIONSHIP_MANY_FROM(Group.RELATIONSHIP, Kind.WHOLE, "1", "100000000",
            s -> whole(s.relationship().manyCustomersFrom())),
    RELATIONSHIP_FEW_UP_TO(Group.RELATIONSHIP, Kind.WHOLE, "0", "100000000",
            s -> whole(s.relationship().fewCustomersUpTo())),
    RELATIONSHIP_MEDIUM_MARGIN(Group.RELATIONSHIP, Kind.PERCENT, "0", "1",
            s -> s.relationship().mediumMarginFrom()),
    RELATIONSHIP_HIGH_MARGIN(Group.RELATIONSHIP, Kind.PERCENT, "0", "1", s -> s.relationship().highMarginFrom()),
    MODEL_HORIZON_DAYS(Group.REPEAT_MODEL, Kind.WHOLE, "1", "3650", s -> whole(s.repeatModel().horizonDays())),
    MODEL_CLV_MONTHS(Group.REPEAT_MODEL, Kind.WHOLE, "1", "120", s -> whole(s.repeatModel().clvMonths())),
    MODEL_DISCOUNT_RATE(Group.REPEAT_MODEL, Kind.PERCENT, "0", "1",
            s -> BigDecimal.valueOf(s.repeatModel().annualDiscountRate())),
    MODEL_HIGH_ALIVE(Group.REPEAT_MODEL, Kind.PERCENT, "0", "1",
            s -> BigDecimal.valueOf(s.repeatModel().highAliveAbove())),
    MODEL_LOW_ALIVE(Group.REPEAT_MODEL, Kind.PERCENT, "0", "1",
            s -> BigDecimal.valueOf(s.repeatModel().lowAliveBelow()));

    /** The rule a threshold belongs to, in the order docs/domain.md gives them. */
    public enum Group { WINDOW, PYRAMID, CHURN, FACES, SERVICE_COST, RELATIONSHIP, REPEAT_MODEL }

    /** How a value is typed and shown: a whole number, a decimal, a percentage or an amount of money. */
    public enum Kind { WHOLE, NUMBER, PERCENT, MONEY }

    private final Group group;
    private final Kind kind;
    private final BigDecimal min;
    private final BigDecimal max;
    private final Function<ClassificationSettings, BigDecimal> reader;

    ClassificationThreshold(Group group, Kind kind, String min, String max,
                            Function<ClassificationSettings, BigDecimal> reader) {
        this.group = group;
        this.kind = kind;
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.reader = reader;
    }

    public Group group() {
        return group;
    }

    public Kind kind() {
        return kind;
    }

    /** Smallest allowed value (a fraction for percentages). */
    public BigDecimal min() {
        return min;
    }

    /** Largest allowed value (a fraction for percentages). */
    public BigDecimal max() {
        return max;
    }

    /** Where the value is kept in the settings store. */
    public String storageKey() {
        return "classify." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }

    /** This threshold's value in {@code settings}. */
    public BigDecimal valueIn(ClassificationSettings settings) {
        return reader.apply(settings);
    }

    /** True when {@code value} is of the right kind (whole where needed) and within the range. */
    public boolean accepts(BigDecimal value) {
        if (kind == Kind.WHOLE && value.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    private static BigDecimal whole(int value) {
        return BigDecimal.valueOf(value);
    }
}
