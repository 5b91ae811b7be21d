package org.callsheet.logic.sheets.layout;

import java.util.Locale;
import java.util.Optional;

/** Paper sizes a sheet is laid out for, in points (1/72 inch), portrait. */
public enum Paper {
    A4(595.276f, 841.89f),
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The code settings and the command line use: {@code a4}, {@code letter}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Paper> ofCode(String code) {
        for (Paper paper : values()) {
            if (paper.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }
}
