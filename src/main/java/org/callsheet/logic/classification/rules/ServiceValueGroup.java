package org.callsheet.logic.classification.rules;

/** Groups of customer value net of service cost (docs/domain.md §6). */
public enum ServiceValueGroup {
    MOST_VALUABLE("most_valuable"),
    MOST_GROWABLE("most_growable"),
    NEGATIVE("negative"),
    ORDINARY("ordinary"),
    UNKNOWN("unknown");

    private final String code;

    ServiceValueGroup(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "classify.value_group." + code;
    }
}
