package org.callsheet.logic.csv;

import java.util.List;
import java.util.Objects;

/**
 * One field an entity can import: its canonical id (the English header of exported files), how
 * its cells are read, whether a file must have it, and the column names that map to it
 * automatically. Aliases are compared after {@link HeaderNormalizer}, so Traditional Chinese,
 * case, spaces and full-width forms need no extra entries.
 */
public record FieldSpec(String id, FieldType type, boolean required, List<String> aliases) {
    public FieldSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }

    static FieldSpec optional(String id, FieldType type, String... aliases) {
        return new FieldSpec(id, type, false, List.of(aliases));
    }

    static FieldSpec required(String id, FieldType type, String... aliases) {
        return new FieldSpec(id, type, true, List.of(aliases));
    }
}
