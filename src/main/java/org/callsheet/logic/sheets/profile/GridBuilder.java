package org.callsheet.logic.sheets.profile;

import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.sheets.Field;
import org.callsheet.logic.sheets.FieldGrid;

/** Collects label/value fields, keeping an empty one only when the sheet prints blank lines. */
final class GridBuilder {
    private final boolean keepBlank;
    private final List<Field> fields = new ArrayList<>();

    GridBuilder(boolean keepBlank) {
        this.keepBlank = keepBlank;
    }

    GridBuilder add(String label, String value) {
        if (keepBlank || (value != null && !value.isBlank())) {
            fields.add(new Field(label, value));
        }
        return this;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    FieldGrid grid(int columns) {
        return new FieldGrid(fields, columns);
    }
}
