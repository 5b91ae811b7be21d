package org.callsheet.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/** Localised texts of the command line, from the {@code cli} bundle. */
final class CliMessages {
    static final String BUNDLE = "org.callsheet.i18n.cli";

    private final ResourceBundle bundle;
    private final Locale locale;

    CliMessages(Locale locale) {
        this.locale = locale;
        // no fallback to the machine's default locale: English stays English on a Chinese system
        this.bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese is shipped as zh_CN (simplified) and zh_TW (traditional); Hong Kong, Macao and Hant use zh_TW. */
    static Locale bundleLocale(Locale locale) {
        if (!locale.getLanguage().equals("zh")) {
            return locale;
        }
        boolean traditional = locale.getScript().equals("Hant")
                || Set.of("TW", "HK", "MO").contains(locale.getCountry());
        return traditional ? Locale.TAIWAN : Locale.SIMPLIFIED_CHINESE;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
