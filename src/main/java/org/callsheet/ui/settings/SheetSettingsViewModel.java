package org.callsheet.ui.settings;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.profile.EmptyFields;
import org.callsheet.logic.sheets.profile.SheetLanguage;
import org.callsheet.logic.sheets.profile.SheetPreferences;
import org.callsheet.logic.sheets.profile.SheetSection;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.common.UserPreferences;

/**
 * The profile sheets part of Settings: which sections a sheet holds, what empty fields become,
 * the default paper and language. The print preview and the {@code profile} command start from
 * what is saved here (the preview may choose otherwise for one print, the command's options too).
 */
public final class SheetSettingsViewModel implements SettingsPart {
    private final UserPreferences preferences;
    private final StatusModel status;
    private final Map<SheetSection, BooleanProperty> shown = new EnumMap<>(SheetSection.class);
    private final ObjectProperty<EmptyFields> emptyFields = new SimpleObjectProperty<>();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>();
    private final ObjectProperty<SheetLanguage> language = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private SheetPreferences saved = SheetPreferences.DEFAULTS;

    public SheetSettingsViewModel(UserPreferences preferences, StatusModel status) {
        this.preferences = preferences;
        this.status = status;
        for (SheetSection section : SheetSection.values()) {
            BooleanProperty property = new SimpleBooleanProperty();
            property.addListener((o, a, b) -> edited());
            shown.put(section, property);
        }
        emptyFields.addListener((o, a, b) -> edited());
        paper.addListener((o, a, b) -> edited());
        language.addListener((o, a, b) -> edited());
        show(SheetPreferences.DEFAULTS);
    }

    /** Whether sheets hold this section. */
    public BooleanProperty shownProperty(SheetSection section) {
        return shown.get(section);
    }

    public ObjectProperty<EmptyFields> emptyFieldsProperty() {
        return emptyFields;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public ObjectProperty<SheetLanguage> languageProperty() {
        return language;
    }

    @Override
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The preferences as the form shows them now. */
    public SheetPreferences current() {
        Set<SheetSection> sections = EnumSet.noneOf(SheetSection.class);
        shown.forEach((section, on) -> {
            if (on.get()) {
                sections.add(section);
            }
        });
        return new SheetPreferences(sections, emptyFields.get(), paper.get(), language.get());
    }

    @Override
    public void load() {
        preferences.read(SheetPreferences::read, loaded -> {
            saved = loaded;
            show(loaded);
        }, status.failure("settings.sheets.error.load"));
    }

    @Override
    public void save(Runnable then) {
        SheetPreferences chosen = current();
        saving.set(true);
        preferences.write(chosen.values(), () -> {
            saving.set(false);
            saved = chosen;
            changed.set(false);
            status.show(UserMessage.of("status.settingsSaved"));
            then.run();
        }, error -> {
            saving.set(false);
            status.failure("settings.sheets.error.save").accept(error);
        });
    }

    @Override
    public void revert() {
        show(saved);
    }

    private void show(SheetPreferences preferences) {
        shown.forEach((section, on) -> on.set(preferences.sections().contains(section)));
        emptyFields.set(preferences.emptyFields());
        paper.set(preferences.paper());
        language.set(preferences.language());
        changed.set(false);
    }

    private void edited() {
        if (emptyFields.get() != null && paper.get() != null && language.get() != null) {
            changed.set(!current().equals(saved));
        }
    }
}
