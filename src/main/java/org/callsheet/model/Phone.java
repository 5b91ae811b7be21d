package org.callsheet.model;

/**
 * A phone number as the user typed it, beside its normalised form (E.164 where it could be
 * parsed, digits otherwise; empty when there is no number).
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

    /** Digits of the normalised form, without the leading '+'. */
    public String digits() {
        return normalized.replaceAll("\\D", "");
    }
}
