package org.callsheet.logic.csv;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes rows of an entity as CSV, one row at a time, in the field order given. The file can be
 * imported again: canonical headers are the field ids, localised headers are labels the header
 * mapper recognises.
 */
public final class CsvExportWriter implements AutoCloseable {
    private final CsvOutput output;
    private final List<String> fields;

    public CsvExportWriter(OutputStream out, EntityType entity, List<String> fields, ExportOptions options) {
        for (String field : fields) {
            if (entity.field(field).isEmpty()) {
                throw new IllegalArgumentException("no field " + field + " in " + entity.id());
            }
        }
        this.fields = List.copyOf(fields);
        this.output = new CsvOutput(out, options);
        output.write(header(entity, options));
    }

    private List<String> header(EntityType entity, ExportOptions options) {
        if (options.headerStyle() == ExportOptions.HeaderStyle.CANONICAL) {
            return fields;
        }
        CsvMessages messages = new CsvMessages(options.headerLocale());
        return fields.stream().map(field -> messages.fieldLabel(entity.id(), field)).toList();
    }

    /** Writes one row; fields missing from the map are written empty. */
    public void write(Map<String, String> valuesByField) {
        output.write(fields.stream().map(field -> valuesByField.getOrDefault(field, "")).toList());
    }

    @Override
    public void close() {
        output.close();
    }
}
