package org.callsheet.ui.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the user interface speaks; {@code tag} is what Settings.LANGUAGE stores. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH, "English"),
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE, "简体中文"),
    TRADITIONAL_CHINESE("zh-TW", Locale.TRADITIONAL_CHINESE, "繁體中文");

    private final String tag;
    private final Locale locale;
    private final String nativeName;

    Language(String tag, Locale locale, String nativeName) {
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, so a user can find it whatever the current language. */
    public String nativeName() {
        return nativeName;
    }

    public static Optional<Language> ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Best match for an OS locale: Chinese scripts by script or region, English otherwise. */
    public static Language forLocale(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        String script = locale.getScript();
        String country = locale.getCountry();
        if ("Hant".equals(script) || (script.isEmpty()
                && ("TW".equals(country) || "HK".equals(country) || "MO".equals(country)))) {
            return TRADITIONAL_CHINESE;
        }
        return SIMPLIFIED_CHINESE;
    }
}
