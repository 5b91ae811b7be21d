package org.callsheet.ui.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.callsheet.logic.settings.SettingsRepository;

/** Settings in a map. */
public final class InMemorySettingsRepository implements SettingsRepository {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }

    @Override
    public synchronized void putAll(Map<String, String> changes) {
        changes.forEach((key, value) -> {
            if (value == null) {
                values.remove(key);
            } else {
                values.put(key, value);
            }
        });
    }

    @Override
    public Map<String, String> all() {
        return Map.copyOf(values);
    }
}
