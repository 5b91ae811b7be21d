package org.callsheet.logic.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Which column of a file feeds which field of an entity, plus the day/month order the user chose
 * for date fields. Immutable; the editing methods return a new mapping.
 */
public final class HeaderMapping {
    private final EntityType entity;
    private final List<String> columns;
    private final List<String> fieldByColumn;
    private final Map<String, DayMonthOrder> dateOrders;

    HeaderMapping(EntityType entity, List<String> columns, List<String> fieldByColumn,
                  Map<String, DayMonthOrder> dateOrders) {
        if (columns.size() != fieldByColumn.size()) {
            throw new IllegalArgumentException("one field per column");
        }
        this.entity = entity;
        this.columns = List.copyOf(columns);
        this.fieldByColumn = Collections.unmodifiableList(new ArrayList<>(fieldByColumn));
        this.dateOrders = Collections.unmodifiableMap(new TreeMap<>(dateOrders));
    }

    public EntityType entity() {
        return entity;
    }

    /** Column names as in the file. */
    public List<String> columns() {
        return columns;
    }

    public Optional<String> fieldOf(int column) {
        return Optional.ofNullable(fieldByColumn.get(column));
    }

    public OptionalInt columnOf(String fieldId) {
        int index = fieldByColumn.indexOf(fieldId);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public boolean has(String fieldId) {
        return fieldByColumn.contains(fieldId);
    }

    /** The column name feeding a field, for messages; the field id when it is not mapped. */
    public String columnName(String fieldId) {
        OptionalInt column = columnOf(fieldId);
        return column.isPresent() ? columns.get(column.getAsInt()) : fieldId;
    }

    /** The cell of a row feeding a field, as written; "" when the field is not mapped. */
    public String value(CsvRow row, String fieldId) {
        OptionalInt column = columnOf(fieldId);
        return column.isPresent() ? row.cell(column.getAsInt()) : "";
    }

    public Optional<DayMonthOrder> dateOrder(String fieldId) {
        return Optional.ofNullable(dateOrders.get(fieldId));
    }

    Map<String, DayMonthOrder> dateOrders() {
        return dateOrders;
    }

    /** Feeds a field from a column (null: ignore the column); a column that fed the field before is freed. */
    public HeaderMapping withField(int column, String fieldId) {
        if (fieldId != null && entity.field(fieldId).isEmpty()) {
            throw new IllegalArgumentException("no field " + fieldId + " in " + entity.id());
        }
        List<String> fields = new ArrayList<>(fieldByColumn);
        if (fieldId != null) {
            Collections.replaceAll(fields, fieldId, null);
        }
        fields.set(column, fieldId);
        return new HeaderMapping(entity, columns, fields, dateOrders);
    }

    public HeaderMapping withDateOrder(String fieldId, DayMonthOrder order) {
        Map<String, DayMonthOrder> orders = new TreeMap<>(dateOrders);
        orders.put(fieldId, order);
        return new HeaderMapping(entity, columns, fieldByColumn, orders);
    }

    /** Required fields no column feeds; the import cannot start while there are any. */
    public List<CsvProblem> missingRequired() {
        return entity.fields().stream()
                .filter(f -> f.required() && !has(f.id()))
                .map(f -> CsvProblem.fatal(ProblemCode.MISSING_REQUIRED_COLUMN, 0, new FieldRef(entity.id(), f.id())))
                .toList();
    }
}
