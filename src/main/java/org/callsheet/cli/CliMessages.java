package org.callsheet.cli;

import org.callsheet.logic.text.Bundles;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Localised texts of the command line, from the {@code cli} bundle. */
final class CliMessages {
    static final String BUNDLE = "org.callsheet.i18n.cli";

    private final ResourceBundle bundle;
    private final Locale locale;

    CliMessages(Locale locale) {
        this.locale = locale;
        this.bundle = Bundles.load(BUNDLE, locale);
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
