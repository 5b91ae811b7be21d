package org.callsheet.logic.classification.rules;

/** Repurchase probability buckets of docs/domain.md §7: above 70%, 30–70%, below 30%. */
public enum RepurchaseBucket {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String code;

    RepurchaseBucket(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "classify.repurchase." + code;
    }

    /** HIGH when p &gt; highAbove, LOW when p &lt; lowBelow, MEDIUM in between (limits included). */
    public static RepurchaseBucket of(double probability, ClassificationSettings.RepeatModelSettings settings) {
        if (probability > settings.highAliveAbove()) {
            return HIGH;
        }
        return probability < settings.lowAliveBelow() ? LOW : MEDIUM;
    }
}
