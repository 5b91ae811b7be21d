package org.callsheet.logic.sheets;

import java.util.List;

/** Label/value pairs in {@code columns} columns, filled row by row. */
public record FieldGrid(List<Field> fields, int columns) implements Block {
    public FieldGrid {
        fields = List.copyOf(fields);
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1: " + columns);
        }
    }
}
