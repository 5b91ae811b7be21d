package org.callsheet.logic.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Saves a column mapping as a small properties text the user can read and edit:
 * <pre>
 * entity=customers
 * column.客户名称=name
 * column.备用号码=
 * date.birthday=DAY_FIRST
 * </pre>
 * An empty field means "ignore this column". Loading it onto another file with the same kind of
 * header gives the same mapping; columns the file does not mention are mapped automatically.
 */
public final class MappingFile {
    private static final String ENTITY = "entity";
    private static final String COLUMN = "column.";
    private static final String DATE = "date.";
    private final EntityRegistry registry;
    private final HeaderMapper mapper = new HeaderMapper();

    public MappingFile(EntityRegistry registry) {
        this.registry = registry;
    }

    /** A mapping read back from a file, ready to be applied to a header. */
    public record Saved(EntityType entity, Map<String, String> fieldByColumn, Map<String, DayMonthOrder> dateOrders) {
        public Saved {
            fieldByColumn = java.util.Collections.unmodifiableMap(new HashMap<>(fieldByColumn));
            dateOrders = Map.copyOf(dateOrders);
        }
    }

    public void save(HeaderMapping mapping, Writer out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(ENTITY, mapping.entity().id());
        for (int i = 0; i < mapping.columns().size(); i++) {
            String column = mapping.columns().get(i);
            if (!column.isBlank()) {
                properties.setProperty(COLUMN + column, mapping.fieldOf(i).orElse(""));
            }
        }
        mapping.dateOrders().forEach((field, order) -> properties.setProperty(DATE + field, order.name()));
        properties.store(out, "Callsheet CSV column mapping");
    }

    /** Reads a saved mapping; an unknown entity, field or date order is an {@link IllegalArgumentException}. */
    public Saved load(Reader in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        String entityId = properties.getProperty(ENTITY, "");
        EntityType entity = registry.find(entityId)
                .orElseThrow(() -> new IllegalArgumentException("unknown entity: " + entityId));
        Map<String, String> fields = new HashMap<>();
        Map<String, DayMonthOrder> orders = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (key.startsWith(COLUMN)) {
                String field = value.isEmpty() ? null : value;
                if (field != null && entity.field(field).isEmpty()) {
                    throw new IllegalArgumentException("unknown field: " + field);
                }
                fields.put(HeaderNormalizer.normalize(key.substring(COLUMN.length())), field);
            } else if (key.startsWith(DATE)) {
                orders.put(key.substring(DATE.length()), DayMonthOrder.valueOf(value));
            }
        }
        return new Saved(entity, fields, orders);
    }

    /** The saved choices applied to a file's header. */
    public HeaderMapper.Result apply(Saved saved, List<String> header) {
        HeaderMapper.Result result = mapper.map(saved.entity(), header, saved.fieldByColumn());
        HeaderMapping mapping = result.mapping();
        for (Map.Entry<String, DayMonthOrder> order : saved.dateOrders().entrySet()) {
            mapping = mapping.withDateOrder(order.getKey(), order.getValue());
        }
        return new HeaderMapper.Result(mapping, result.problems());
    }
}
