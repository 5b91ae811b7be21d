package org.callsheet.logic.classification.rules;

/**
 * Key-customer faces of docs/domain.md §5. {@link #UNKNOWN}: a key customer whose window orders lack
 * cost data, so red/white cannot be told; {@link #NONE}: no face (not a key customer, or a key
 * customer that fits neither red nor white).
 */
public enum Face {
    RED("red"),
    WHITE("white"),
    BLACK("black"),
    UNKNOWN("unknown"),
    NONE("none");

    private final String code;

    Face(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "classify.face." + code;
    }
}
