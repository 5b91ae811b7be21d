package org.callsheet.model;

/**
 * A phone number as the user typed it, beside its normalised form (E.164 where it could be
 * parsed, digits otherwise; empty when there is no number, and for a mobile that is not a valid
 * mobile number, which is kept only as written).
 */
public record Phone(String input, String normalized) {
    public static final Phone NONE = new Phone("", "");

    public Phone {
        input = input == null ? "" : input;
        normalized = normalized == null ? "" : normalized;
    }

    public boolean isEmpty() {
        return input.isBlank();
    }

    /**
     * Whether the number has a normalised form to match on: false when blank, and for a mobile
     * kept only as written because it is not a valid mobile number.
     */
    public boolean isMatchable() {
        return !normalized.isEmpty();
    }

    /** Digits of the normalised form, without the leading '+'. */
    public String digits() {
        return normalized.replaceAll("\\D", "");
    }
}
