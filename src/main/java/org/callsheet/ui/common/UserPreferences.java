package org.callsheet.ui.common;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.i18n.Language;

/**
 * The settings the UI uses, read once at start-up (before the window opens) and kept in memory;
 * changes are written back through the task runner so the FX thread never waits for the database.
 */
public final class UserPreferences {
    private final Settings settings;
    private final TaskRunner runner;
    private final StringProperty repName = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty setupDone = new SimpleBooleanProperty();
    private Optional<WindowPlacement> window = Optional.empty();
    private String customerColumns = "";
    /** Widths of the customer table's columns as the user left them (see {@link ColumnLayout}). */
    static final String CUSTOMER_COLUMNS = "ui.customerTable.columns";

    private UserPreferences(Settings settings, TaskRunner runner) {
        this.settings = settings;
        this.runner = runner;
    }

    /** Reads the settings; call off the FX thread (the start-up thread does). */
    public static UserPreferences read(Settings settings, TaskRunner runner, Locale osLocale) {
        UserPreferences prefs = new UserPreferences(settings, runner);
        prefs.repName.set(settings.repName());
        prefs.language.set(settings.get(Settings.LANGUAGE).flatMap(Language::ofTag)
                .orElseGet(() -> Language.forLocale(osLocale)));
        prefs.theme.set(Theme.ofKey(settings.get(Settings.THEME, Theme.LIGHT.key())));
        prefs.setupDone.set(settings.setupDone());
        prefs.window = WindowPlacement.parse(settings.get(Settings.WINDOW, null));
        prefs.customerColumns = settings.get(CUSTOMER_COLUMNS, "");
        return prefs;
    }

    public StringProperty repNameProperty() {
        return repName;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty setupDoneProperty() {
        return setupDone;
    }

    public String repName() {
        return repName.get();
    }

    public Language language() {
        return language.get();
    }

    public Theme theme() {
        return theme.get();
    }

    public Optional<WindowPlacement> window() {
        return window;
    }

    public void setWindow(WindowPlacement placement) {
        window = Optional.of(placement);
    }

    /**
     * The customer table's column widths; changes are stored in the background, and a change that
     * cannot be stored goes to {@code failed}.
     */
    public ColumnLayout customerColumns(Consumer<Throwable> failed) {
        return new ColumnLayout(customerColumns, text -> {
            customerColumns = text;
            write(Map.of(CUSTOMER_COLUMNS, text), () -> { }, failed);
        });
    }

    /**
     * Writes the given keys in the background; {@code done} or {@code failed} runs on the UI thread
     * afterwards.
     */
    public void write(Map<String, String> values, Runnable done, Consumer<Throwable> failed) {
        runner.submit(context -> {
            values.forEach(settings::put);
            return Boolean.TRUE;
        }, WorkCallbacks.of(ok -> done.run(), failed));
    }

    /**
     * Reads something from the settings in the background (such as the rules a Settings section
     * shows); {@code done} or {@code failed} runs on the UI thread afterwards.
     */
    public <T> void read(Function<Settings, T> reader, Consumer<T> done, Consumer<Throwable> failed) {
        runner.submit(context -> reader.apply(settings), WorkCallbacks.of(done, failed));
    }

    /** Writes the window placement now, on the calling thread (used while the app exits). */
    public void writeWindowNow() {
        window.ifPresent(w -> settings.put(Settings.WINDOW, w.format()));
    }
}
