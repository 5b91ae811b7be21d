package org.callsheet.logic.text;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The one way Callsheet loads its texts. Chinese ships as zh_CN (Simplified) and zh_TW
 * (Traditional); every other language reads the English base bundle.
 */
public final class Bundles {
    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");
    // No fallback to the machine's default locale: English stays English on a Chinese system.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /**
     * The shipped locale that serves {@code locale}: Traditional for a Hant script or for Taiwan,
     * Hong Kong and Macao unless the script says Simplified (zh_Hans_HK); Simplified for any other
     * Chinese; the locale itself otherwise.
     */
    public static Locale shippedLocale(Locale locale) {
        if (!locale.getLanguage().equals("zh")) {
            return locale;
        }
        boolean traditional = locale.getScript().equals("Hant")
                || TRADITIONAL_REGIONS.contains(locale.getCountry()) && !locale.getScript().equals("Hans");
        return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
    }

    public static ResourceBundle load(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, shippedLocale(locale), NO_FALLBACK);
    }
}
