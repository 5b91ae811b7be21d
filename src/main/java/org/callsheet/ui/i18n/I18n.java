package org.callsheet.ui.i18n;

import org.callsheet.logic.text.Bundles;
import org.callsheet.logic.text.DisplayDates;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The user-visible texts in one language. Views receive an instance; changing the language
 * builds a new one and the window is rebuilt with it.
 */
public final class I18n {
    public static final String BUNDLE = "org.callsheet.i18n.messages";
    /**
     * Every bundle the screens read, searched in this order: the shell's own texts first, then
     * those of each feature (one bundle per feature keeps parallel work on the texts apart).
     */
    public static final List<String> BUNDLES = List.of(BUNDLE,
            "org.callsheet.i18n.calls",
            "org.callsheet.i18n.classify",
            "org.callsheet.i18n.csv",
            "org.callsheet.i18n.today",
            "org.callsheet.i18n.analysis",
            "org.callsheet.i18n.importui",
            "org.callsheet.i18n.safety",
            "org.callsheet.i18n.encryption",
            "org.callsheet.i18n.sheets",
            "org.callsheet.i18n.history",
            "org.callsheet.i18n.visitsettings",
            "org.callsheet.i18n.visits",
            "org.callsheet.i18n.funnel",
            "org.callsheet.i18n.funnelsettings",
            "org.callsheet.i18n.brief");

    private final Language language;
    private final List<ResourceBundle> bundles;
    private final DisplayDates dates;

    public I18n(Language language) {
        this.language = language;
        this.dates = DisplayDates.of(language.locale());
        this.bundles = BUNDLES.stream().map(name -> Bundles.load(name, language.locale())).toList();
    }

    public Language language() {
        return language;
    }

    /** How dates and times are written in this language: every screen writes them through this. */
    public DisplayDates dates() {
        return dates;
    }

    /** The text for a key; the key itself in brackets when it is missing (a test prevents that). */
    public String get(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return "[" + key + "]";
    }

    public String format(String key, Object... args) {
        MessageFormat format = new MessageFormat(get(key), language.locale());
        return format.format(args);
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(bundle -> bundle.containsKey(key));
    }
}
