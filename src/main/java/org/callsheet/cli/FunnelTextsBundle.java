package org.callsheet.cli;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.callsheet.logic.text.Bundles;

/**
 * Texts of {@code callsheet report}: the funnel bundle (stage names and the report's own texts),
 * then the shared help headings of the {@code cli} bundle. Serves as picocli's resource bundle.
 */
final class FunnelTextsBundle extends ResourceBundle {
    static final String FUNNEL = "org.callsheet.i18n.funnel";

    private final ResourceBundle[] bundles;
    private final Locale locale;

    FunnelTextsBundle(CliMessages messages) {
        this.locale = messages.locale();
        this.bundles = new ResourceBundle[] {Bundles.load(FUNNEL, locale), messages.bundle()};
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
