package org.callsheet.logic.sheets.profile;

import java.util.Locale;
import java.util.Optional;

/** What a sheet does with a field or section Callsheet knows nothing about. */
public enum EmptyFields {
    /** Leave it out. */
    OMIT,
    /** Print its label with a blank line to write on. */
    BLANK_LINES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EmptyFields> ofCode(String code) {
        for (EmptyFields value : values()) {
            if (value.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
