package org.callsheet.logic.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

    public void put(String key, String value) {
        repository.put(key, value);
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

    /** Writes all {@code values} at once; a null value removes its key. */
    public void putAll(Map<String, String> values) {
        repository.putAll(values);
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
