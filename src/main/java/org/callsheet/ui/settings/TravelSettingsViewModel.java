package org.callsheet.ui.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.visits.StartPlaces;
import org.callsheet.logic.visits.TravelSettings;
import org.callsheet.logic.visits.VisitRules;
import org.callsheet.logic.visits.VisitSettingsCheck;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.common.UserPreferences;

/**
 * The Visits and travel part of Settings: where a day of visits starts (office or home, an
 * address or "latitude,longitude"), the working day, the lunch window and break, travel speed and
 * road factor, minutes per visit per tier, and the regular visit interval of key customers per
 * tier. Every field is text under its settings key; numbers and times are checked as typed,
 * addresses against the region data when saving. Messages are bundle keys per field in {@link #errors()}.
 */
public final class TravelSettingsViewModel implements SettingsPart {
    private final UserPreferences preferences;
    private final StatusModel status;
    private final Supplier<StartPlaces> places;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private Map<String, String> saved;
    private boolean loading;

    /** @param places finds the start addresses; asked off the UI thread, when saving */
    public TravelSettingsViewModel(UserPreferences preferences, StatusModel status, Supplier<StartPlaces> places) {
        this.preferences = preferences;
        this.status = status;
        this.places = places;
        this.saved = stored(TravelSettings.cityDefaults(), VisitRules.DEFAULTS, "", "");
        saved.keySet().forEach(key -> {
            StringProperty field = new SimpleStringProperty(saved.get(key));
            field.addListener((o, a, b) -> edited());
            fields.put(key, field);
        });
    }

    /** The text of the setting under {@code key} (keys of {@link TravelSettings}, {@link VisitRules}, {@link StartPlaces}). */
    public StringProperty field(String key) {
        StringProperty field = fields.get(key);
        if (field == null) {
            throw new IllegalArgumentException("no such field: " + key);
        }
        return field;
    }

    /** Message keys of what is wrong, by setting key. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    @Override
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    @Override
    public void load() {
        preferences.read(TravelSettingsViewModel::stored, this::show, status.failure("settings.travel.error.load"));
    }

    private static Map<String, String> stored(Settings settings) {
        return stored(TravelSettings.from(settings), VisitRules.from(settings),
                settings.get(StartPlaces.OFFICE).orElse(""), settings.get(StartPlaces.HOME).orElse(""));
    }

    private static Map<String, String> stored(TravelSettings travel, VisitRules rules, String office, String home) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(StartPlaces.OFFICE, office);
        values.put(StartPlaces.HOME, home);
        values.putAll(travel.values());
        values.putAll(rules.values());
        return values;
    }

    /** Checks every field that needs no region data; true when all is well. */
    public boolean validate() {
        Map<String, String> problems = VisitSettingsCheck.problems(current());
        errors.keySet().retainAll(problems.keySet());
        errors.putAll(problems);
        return problems.isEmpty();
    }

    /**
     * Checks the fields, then in the background the start addresses, and stores everything; a
     * start that names no known place stops it with its message beside the field.
     */
    @Override
    public void save(Runnable then) {
        if (!validate()) {
            return;
        }
        Map<String, String> values = current();
        saving.set(true);
        preferences.read(settings -> VisitSettingsCheck.places(values, places.get()), problems -> {
            if (!problems.isEmpty()) {
                saving.set(false);
                errors.putAll(problems);
                return;
            }
            preferences.write(values, () -> {
                saving.set(false);
                saved = values;
                changed.set(false);
                status.show(UserMessage.of("status.settingsSaved"));
                then.run();
            }, error -> {
                saving.set(false);
                status.failure("settings.travel.error.save").accept(error);
            });
        }, error -> {
            saving.set(false);
            status.failure("settings.travel.error.save").accept(error);
        });
    }

    @Override
    public void revert() {
        show(saved);
    }

    private Map<String, String> current() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> values.put(key, field.get() == null ? "" : field.get().strip()));
        return values;
    }

    private void show(Map<String, String> values) {
        loading = true;
        saved = Map.copyOf(values);
        values.forEach((key, value) -> fields.get(key).set(value));
        errors.clear();
        loading = false;
        changed.set(false);
    }

    private void edited() {
        if (loading) {
            return;
        }
        validate();
        changed.set(!current().equals(saved));
    }
}
