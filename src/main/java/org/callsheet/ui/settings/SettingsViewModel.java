package org.callsheet.ui.settings;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.visits.StartPlaces;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.common.Theme;

/**
 * The settings form: rep name, language and theme. Saving validates, writes them in the
 * background and applies theme and language at once. It also holds the parts of the screen that
 * keep their own settings through the same preferences: visits and travel, profile sheets.
 */
public final class SettingsViewModel {
    public static final int MAX_NAME = 60;

    private final UserPreferences preferences;
    private final StatusModel status;
    private final StringProperty repName = new SimpleStringProperty();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanBinding changed;
    private final SheetSettingsViewModel sheets;
    private final TravelSettingsViewModel travel;

    public SettingsViewModel(UserPreferences preferences, StatusModel status) {
        this.preferences = preferences;
        this.status = status;
        this.sheets = new SheetSettingsViewModel(preferences, status);
        this.travel = new TravelSettingsViewModel(preferences, status, shippedPlaces());
        repName.set(preferences.repName());
        language.set(preferences.language());
        theme.set(preferences.theme());
        repName.addListener((obs, old, now) -> validate());
        changed = Bindings.createBooleanBinding(() -> !repName.get().strip().equals(preferences.repName())
                        || language.get() != preferences.language() || theme.get() != preferences.theme(),
                repName, language, theme, preferences.repNameProperty(), preferences.languageProperty(),
                preferences.themeProperty());
    }

    /** The profile sheets part. */
    public SheetSettingsViewModel sheets() {
        return sheets;
    }

    /** The visits and travel part. */
    public TravelSettingsViewModel travel() {
        return travel;
    }

    /** The parts saved and reverted with this form, in the order the screen shows them. */
    List<SettingsPart> parts() {
        return List.of(travel, sheets);
    }

    /** The start addresses are checked against the shipped region data, read once on the first save that needs it. */
    private static Supplier<StartPlaces> shippedPlaces() {
        return new Supplier<>() {
            private StartPlaces places;

            @Override
            public synchronized StartPlaces get() {
                if (places == null) {
                    places = new StartPlaces(RegionDirectory.shipped());
                }
                return places;
            }
        };
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

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public BooleanBinding changedBinding() {
        return changed;
    }

    /** Checks the rep name (required, at most {@value #MAX_NAME} characters). */
    public boolean validate() {
        String key = repNameProblem(repName.get());
        if (key == null) {
            errors.remove("repName");
        } else {
            errors.put("repName", key);
        }
        return key == null;
    }

    /** The message key of what is wrong with a rep name, or null. Shared with the first-start dialog. */
    public static String repNameProblem(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            return "validation.repName.required";
        }
        if (stripped.length() > MAX_NAME) {
            return "validation.repName.tooLong";
        }
        return null;
    }

    /** Saves and applies; {@code applied} receives whether the language changed. */
    public void save(Consumer<Boolean> applied) {
        if (!validate()) {
            return;
        }
        String name = repName.get().strip();
        boolean languageChanged = language.get() != preferences.language();
        saving.set(true);
        preferences.write(Map.of(Settings.REP_NAME, name, Settings.LANGUAGE, language.get().tag(),
                Settings.THEME, theme.get().key()), () -> {
            saving.set(false);
            preferences.repNameProperty().set(name);
            preferences.themeProperty().set(theme.get());
            preferences.languageProperty().set(language.get());
            status.show(UserMessage.of("status.settingsSaved"));
            applied.accept(languageChanged);
        }, error -> {
            saving.set(false);
            status.failure("status.settingsNotSaved").accept(error);
        });
    }

    /** Puts the form back to what is saved. */
    public void revert() {
        repName.set(preferences.repName());
        language.set(preferences.language());
        theme.set(preferences.theme());
        errors.clear();
    }
}
