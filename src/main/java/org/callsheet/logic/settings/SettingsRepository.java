package org.callsheet.logic.settings;

import java.util.Map;
import java.util.Optional;

/** Key/value settings stored with the database. */
public interface SettingsRepository {
    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    Map<String, String> all();

    /** Puts all {@code values} in one transaction; a null value removes its key. */
    void putAll(Map<String, String> values);
}
