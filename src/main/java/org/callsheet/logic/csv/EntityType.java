package org.callsheet.logic.csv;

import java.util.List;
import java.util.Optional;

/** Something a CSV file can hold: customers, contacts, orders, calls, visits, reminders (later opportunities). */
public record EntityType(String id, List<FieldSpec> fields) {
    public EntityType {
        fields = List.copyOf(fields);
        if (fields.stream().map(FieldSpec::id).distinct().count() != fields.size()) {
            throw new IllegalArgumentException("field ids must be unique in " + id);
        }
    }

    public Optional<FieldSpec> field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    public List<String> fieldIds() {
        return fields.stream().map(FieldSpec::id).toList();
    }
}
