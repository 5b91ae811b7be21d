package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;

/**
 * Kotler's five relationship levels and the table of docs/domain.md §8: suggested by how many
 * customers a segment has (many / medium / few) and its margin (low / medium / high).
 */
public enum RelationshipLevel {
    BASIC("basic"),
    REACTIVE("reactive"),
    ACCOUNTABLE("accountable"),
    PROACTIVE("proactive"),
    PARTNERSHIP("partnership");

    /** How many customers a segment has. */
    public enum Size { MANY, MEDIUM, FEW }

    /** Margin level of a segment. */
    public enum Margin { LOW, MEDIUM, HIGH }

    private final String code;

    RelationshipLevel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "classify.relationship." + code;
    }

    /**
     * The table: each step to fewer customers or higher margin moves one level up, so the level
     * is basic + (size steps) + (margin steps).
     */
    public static RelationshipLevel suggest(Size size, Margin margin) {
        return values()[size.ordinal() + margin.ordinal()];
    }

    /** The suggestion from a customer count and a margin rate, using the thresholds of the settings. */
    public static RelationshipLevel suggest(int customers, BigDecimal marginRate,
                                            ClassificationSettings.RelationshipSettings settings) {
        Size size = customers >= settings.manyCustomersFrom() ? Size.MANY
                : customers <= settings.fewCustomersUpTo() ? Size.FEW : Size.MEDIUM;
        Margin margin = marginRate.compareTo(settings.highMarginFrom()) >= 0 ? Margin.HIGH
                : marginRate.compareTo(settings.mediumMarginFrom()) >= 0 ? Margin.MEDIUM : Margin.LOW;
        return suggest(size, margin);
    }
}
