package org.callsheet.cli;

import java.text.MessageFormat;
import org.callsheet.logic.text.Bundles;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Texts of one command: its own bundles, searched in the order given, then the shared help
 * headings ({@code cli} bundle). Serves as picocli's resource bundle for the command's help.
 */
class CommandTexts extends ResourceBundle {
    private final ResourceBundle[] bundles;
    private final Locale locale;

    CommandTexts(CliMessages messages, String... bundleNames) {
        this.locale = messages.locale();
        this.bundles = new ResourceBundle[bundleNames.length + 1];
        for (int i = 0; i < bundleNames.length; i++) {
            bundles[i] = Bundles.load(bundleNames[i], locale);
        }
        bundles[bundleNames.length] = messages.bundle();
    }

    Locale locale() {
        return locale;
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
