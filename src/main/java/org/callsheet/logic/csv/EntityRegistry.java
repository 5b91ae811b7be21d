package org.callsheet.logic.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The entity types import and export know; new ones (calls, visits…) are registered here. */
public final class EntityRegistry {
    private final Map<String, EntityType> types = new LinkedHashMap<>();

    /** A registry holding every entity that ships with the program (see {@link StandardEntities}). */
    public static EntityRegistry standard() {
        EntityRegistry registry = new EntityRegistry();
        registry.register(StandardEntities.CUSTOMERS);
        registry.register(StandardEntities.ORDERS);
        registry.register(StandardEntities.CONTACTS);
        registry.register(StandardEntities.CALLS);
        registry.register(StandardEntities.VISITS);
        registry.register(StandardEntities.REMINDERS);
        registry.register(StandardEntities.OPPORTUNITIES);
        return registry;
    }

    public void register(EntityType type) {
        if (types.putIfAbsent(type.id(), type) != null) {
            throw new IllegalArgumentException("entity already registered: " + type.id());
        }
    }

    public Optional<EntityType> find(String id) {
        return Optional.ofNullable(types.get(id));
    }

    public List<EntityType> all() {
        return List.copyOf(types.values());
    }
}
