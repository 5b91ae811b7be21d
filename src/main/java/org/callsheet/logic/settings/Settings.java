package org.callsheet.logic.settings;

import java.util.HashMap;
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
    private final StartupCopy startupCopy;
    private final AtomicLong version = new AtomicLong();

    public Settings(SettingsRepository repository) {
        this(repository, StartupCopy.NONE);
    }

    /** Settings that also keep {@code startupCopy} in step for the keys it holds. */
    public Settings(SettingsRepository repository, StartupCopy startupCopy) {
        this.repository = repository;
        this.startupCopy = startupCopy;
    }

    public Optional<String> get(String key) {
        return repository.get(key);
    }

    public String get(String key, String fallback) {
        return repository.get(key).orElse(fallback);
    }

    /**
     * Stores {@code value} under {@code key}; a value equal to the stored one writes nothing, so
     * that a window which saves its placement on every exit changes the book only when it moved
     * (the exit backup is taken only after a change, ADR 40).
     */
    public void put(String key, String value) {
        if (repository.get(key).filter(stored -> stored.equals(value)).isPresent()) {
            return;
        }
        repository.put(key, value);
        version.incrementAndGet();
        if (StartupCopy.KEYS.contains(key)) {
            refreshStartupCopy();
        }
    }

    /**
     * Makes the start-up copy match the database (it may be missing, or older than a change made
     * through another copy of the app); returns whether it had to be rewritten.
     */
    public synchronized boolean refreshStartupCopy() {
        Map<String, String> current = new HashMap<>();
        for (String key : StartupCopy.KEYS) {
            repository.get(key).ifPresent(value -> current.put(key, value));
        }
        if (current.equals(startupCopy.read())) {
            return false;
        }
        startupCopy.write(Map.copyOf(current));
        return true;
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

    /**
     * Tells the values {@link #derived} hands out that the stored settings were written past this
     * object (an import of calls adds the rep's own outcomes inside its transaction), so that they
     * are read again.
     */
    public void changedElsewhere() {
        version.incrementAndGet();
    }

    /** Writes all {@code values} at once; a null value removes its key. */
    public void putAll(Map<String, String> values) {
        repository.putAll(values);
        version.incrementAndGet();
        if (values.keySet().stream().anyMatch(StartupCopy.KEYS::contains)) {
            refreshStartupCopy();
        }
    }

    public String repName() {
        return get(REP_NAME, "");
    }

    public boolean setupDone() {
        return repository.get(SETUP_DONE).isPresent();
    }
}
