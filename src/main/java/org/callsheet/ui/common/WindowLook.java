package org.callsheet.ui.common;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.i18n.Language;

/**
 * What the main window needs to open before the database is ready: its language, theme and
 * placement, taken from the start-up copy of those settings (ADR 12).
 */
public record WindowLook(Language language, Theme theme, Optional<WindowPlacement> window) {

    /** From setting values as stored (missing or unreadable values: the OS language, light, centred). */
    public static WindowLook of(Map<String, String> values, Locale osLocale) {
        return new WindowLook(
                Optional.ofNullable(values.get(Settings.LANGUAGE)).flatMap(Language::ofTag)
                        .orElseGet(() -> Language.forLocale(osLocale)),
                Theme.ofKey(values.get(Settings.THEME)),
                WindowPlacement.parse(values.get(Settings.WINDOW)));
    }

    /** The look the preferences read from the database describe. */
    public static WindowLook of(UserPreferences preferences) {
        return new WindowLook(preferences.language(), preferences.theme(), preferences.window());
    }
}
