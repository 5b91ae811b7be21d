package org.callsheet.logic.sheets.profile;

import java.util.Locale;
import java.util.Optional;

/**
 * The language sheets are printed in by default: the interface's (or, on the command line, the
 * command line's), or one of the three the sheets speak whatever the interface does.
 */
public enum SheetLanguage {
    INTERFACE("interface", null),
    ENGLISH("en", Locale.ENGLISH),
    SIMPLIFIED_CHINESE("zh_CN", Locale.SIMPLIFIED_CHINESE),
    TRADITIONAL_CHINESE("zh_TW", Locale.TRADITIONAL_CHINESE);

    private final String code;
    private final Locale locale;

    SheetLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code settings and {@code --lang} use: {@code interface}, {@code en}, {@code zh_CN}, {@code zh_TW}. */
    public String code() {
        return code;
    }

    /** The sheets' locale: this language's, or {@code interfaceLocale} for {@link #INTERFACE}. */
    public Locale resolve(Locale interfaceLocale) {
        return locale == null ? interfaceLocale : locale;
    }

    /** A code as settings store it or a user types it ({@code zh-CN} and any case are read too). */
    public static Optional<SheetLanguage> ofCode(String code) {
        String wanted = code == null ? "" : code.strip().replace('-', '_');
        for (SheetLanguage language : values()) {
            if (language.code.equalsIgnoreCase(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
