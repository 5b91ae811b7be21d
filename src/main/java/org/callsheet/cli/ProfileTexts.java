package org.callsheet.cli;

import org.callsheet.logic.text.Bundles;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Texts of {@code callsheet profile}: its own ({@code sheets} bundle) and the shared help headings
 * ({@code cli} bundle). Serves as picocli's resource bundle for the command's help.
 */
final class ProfileTexts extends ResourceBundle {
    static final String SHEETS = "org.callsheet.i18n.sheets";

    private final ResourceBundle[] bundles;
    private final Locale locale;

    ProfileTexts(CliMessages messages) {
        this.locale = messages.locale();
        this.bundles = new ResourceBundle[] {Bundles.load(SHEETS, locale), messages.bundle()};
    }

    String text(String key, Object... arguments) {
        String pattern = getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    @Override
    protected Object handleGetObject(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getObject(key);
            }
        }
        return null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (ResourceBundle bundle : bundles) {
            keys.addAll(bundle.keySet());
        }
        return Collections.enumeration(keys);
    }
}
