package org.callsheet.logic.sheets;

import java.util.Objects;

/** A title: {@link Level#SHEET} opens a sheet (the customer's name), {@link Level#SECTION} a section. */
public record Heading(String text, Level level) implements Block {
    public enum Level { SHEET, SECTION }

    public Heading {
        Objects.requireNonNull(level, "level");
        text = text == null ? "" : text;
    }

    public static Heading section(String text) {
        return new Heading(text, Level.SECTION);
    }
}
