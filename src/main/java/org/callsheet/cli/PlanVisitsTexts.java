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
 * Texts of {@code callsheet plan-visits}: its own ({@code visits} bundle) and the shared help
 * headings ({@code cli} bundle), searched in that order. Serves as picocli's bundle for its help.
 */
final class PlanVisitsTexts extends ResourceBundle {
    static final String VISITS = "org.callsheet.i18n.visits";

    private final ResourceBundle[] bundles;
    private final Locale locale;

    PlanVisitsTexts(CliMessages messages) {
        this.locale = messages.locale();
        this.bundles = new ResourceBundle[] {Bundles.load(VISITS, locale), messages.bundle()};
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(getString(key), locale).format(arguments);
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
