package org.callsheet.logic.sheets;

/** A label and its value; an empty value is drawn as a blank line to write on. */
public record Field(String label, String value) {
    public Field {
        label = label == null ? "" : label;
        value = value == null ? "" : value;
    }

    public boolean blank() {
        return value.isBlank();
    }
}
