package org.callsheet.ui.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts in one language. Views receive an instance; changing the language
 * builds a new one and the window is rebuilt with it.
 */
public final class I18n {
    public static final String BUNDLE = "org.callsheet.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    public I18n(Language language) {
        this.language = language;
        // No fallback to the OS locale's bundle: English must stay English on a Chinese system.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    /** The text for a key; the key itself in brackets when it is missing (a test prevents that). */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    public String format(String key, Object... args) {
        MessageFormat format = new MessageFormat(get(key), language.locale());
        return format.format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
