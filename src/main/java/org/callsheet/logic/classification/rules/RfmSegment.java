package org.callsheet.logic.classification.rules;

/** The eight RFM value segments of docs/domain.md §3 (Arthur Hughes). */
public enum RfmSegment {
    IMPORTANT_VALUE("important_value", true, true, true),
    IMPORTANT_KEEP("important_keep", false, true, true),
    IMPORTANT_DEVELOP("important_develop", true, false, true),
    IMPORTANT_RETAIN("important_retain", false, false, true),
    GENERAL_VALUE("general_value", true, true, false),
    GENERAL_KEEP("general_keep", false, true, false),
    GENERAL_DEVELOP("general_develop", true, false, false),
    GENERAL_RETAIN("general_retain", false, false, false);

    private final String code;
    private final boolean recencyHigh;
    private final boolean frequencyHigh;
    private final boolean monetaryHigh;

    RfmSegment(String code, boolean recencyHigh, boolean frequencyHigh, boolean monetaryHigh) {
        this.code = code;
        this.recencyHigh = recencyHigh;
        this.frequencyHigh = frequencyHigh;
        this.monetaryHigh = monetaryHigh;
    }

    /** Stable code for storage and CSV, e.g. {@code important_value}. */
    public String code() {
        return code;
    }

    /** Key of the label in the {@code classify} bundle. */
    public String messageKey() {
        return "classify.segment." + code;
    }

    public static RfmSegment of(boolean recencyHigh, boolean frequencyHigh, boolean monetaryHigh) {
        for (RfmSegment s : values()) {
            if (s.recencyHigh == recencyHigh && s.frequencyHigh == frequencyHigh && s.monetaryHigh == monetaryHigh) {
                return s;
            }
        }
        throw new AssertionError("all eight combinations are listed");
    }

    public static RfmSegment fromCode(String code) {
        for (RfmSegment s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown RFM segment " + code);
    }
}
