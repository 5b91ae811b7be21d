package org.callsheet.ui.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The widths a table's columns were given by the user, by column id, kept between sessions
 * (stored as {@code id=width;id=width}).
 */
public final class ColumnLayout {
    private final Map<String, Double> widths;
    private final Consumer<String> store;

    ColumnLayout(String stored, Consumer<String> store) {
        this.widths = parse(stored);
        this.store = store;
    }

    /** A layout kept only while the window is open (for windows without stored settings). */
    public static ColumnLayout inMemory() {
        return new ColumnLayout("", text -> { });
    }

    /** The stored width of a column, if the user gave it one. */
    public java.util.OptionalDouble width(String columnId) {
        Double w = widths.get(columnId);
        return w == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(w);
    }

    /** Remembers the widths of the given columns and stores them all. */
    public void remember(Map<String, Double> changed) {
        widths.putAll(changed);
        store.accept(format(widths));
    }

    static Map<String, Double> parse(String stored) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return out;
        }
        for (String pair : stored.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    double width = Double.parseDouble(pair.substring(eq + 1));
                    if (width > 0 && width < 5_000) {
                        out.put(pair.substring(0, eq), width);
                    }
                } catch (NumberFormatException ignored) {
                    // a hand-edited value that is no number: the column keeps its default width
                }
            }
        }
        return out;
    }

    static String format(Map<String, Double> widths) {
        StringBuilder out = new StringBuilder();
        widths.forEach((id, width) -> {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(id).append('=').append(String.format(Locale.ROOT, "%.0f", width));
        });
        return out.toString();
    }
}
