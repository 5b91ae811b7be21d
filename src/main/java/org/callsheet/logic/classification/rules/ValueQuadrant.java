package org.callsheet.logic.classification.rules;

/**
 * Value quadrants of docs/domain.md §4 (average order amount × order count). {@link #POTENTIAL} is a
 * customer who never ordered; {@link #LAPSED} one who ordered before but not in the window, so
 * is not on the chart (it lets movement show customers dropping off the chart).
 */
public enum ValueQuadrant {
    HIGH_VALUE("high_value"),
    FREQUENT_SMALL("frequent_small"),
    OCCASIONAL_BIG("occasional_big"),
    LOW_VALUE("low_value"),
    POTENTIAL("potential"),
    LAPSED("lapsed");

    private final String code;

    ValueQuadrant(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "classify.quadrant." + code;
    }

    static ValueQuadrant of(boolean aovHigh, boolean frequencyHigh) {
        if (aovHigh) {
            return frequencyHigh ? HIGH_VALUE : OCCASIONAL_BIG;
        }
        return frequencyHigh ? FREQUENT_SMALL : LOW_VALUE;
    }
}
