package org.callsheet.ui.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.callsheet.logic.settings.SettingsRepository;

/** Settings in a map, for tests; counts the reads. */
public final class InMemorySettingsRepository implements SettingsRepository {
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    /** How many single values were read so far. */
    public int reads() {
        return reads.get();
    }

    @Override
    public Optional<String> get(String key) {
        reads.incrementAndGet();
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
