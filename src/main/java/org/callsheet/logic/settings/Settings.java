package org.callsheet.logic.settings;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/** Typed access to the settings the whole app shares; each key's default is documented here. */
public final class Settings {
    public static final String REP_NAME = "rep.name";
    /** BCP 47 tag: "en", "zh-CN" or "zh-TW"; absent until the user chooses (the OS locale then). */
    public static final String LANGUAGE = "ui.language";
    /** "light" (default) or "dark". */
    public static final String THEME = "ui.theme";
    /** "x,y,width,height,maximized" of the main window. */
    public static final String WINDOW = "ui.window";
    /** Present once the first-start questions were answered. */
    public static final String SETUP_DONE = "app.setupDone";

    private final SettingsRepository repository;
    private final AtomicLong version = new AtomicLong();

    public Settings(SettingsRepository repository) {
        this.repository = repository;
    }

    public Optional<String> get(String key) {
        return repository.get(key);
    }

    public String get(String key, String fallback) {
        return repository.get(key).orElse(fallback);
    }

    public void put(String key, String value) {
        repository.put(key, value);
        version.incrementAndGet();
    }

    /**
     * A value read from the settings (e.g. the rules of calls and reminders), read again only after
     * a setting was changed through this object, so rules applied once per call of a bulk import
     * do not query the database each time.
     */
    public <T> Supplier<T> derived(Function<Settings, T> reader) {
        return new Supplier<>() {
            private long readAt = -1;
            private T value;

            @Override
            public synchronized T get() {
                long now = version.get();
                if (now != readAt) {
                    value = reader.apply(Settings.this);
                    readAt = now;
                }
                return value;
            }
        };
    }

    /** Writes all {@code values} at once; a null value removes its key. */
    public void putAll(Map<String, String> values) {
        repository.putAll(values);
        version.incrementAndGet();
    }

    public String repName() {
        return get(REP_NAME, "");
    }

    public boolean setupDone() {
        return repository.get(SETUP_DONE).isPresent();
    }
}
