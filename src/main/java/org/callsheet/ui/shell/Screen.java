package org.callsheet.ui.shell;

import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The screens of the main window, in navigation order (Ctrl+1 … Ctrl+8). */
public enum Screen {
    TODAY(Feather.SUN, false),
    CUSTOMERS(Feather.USERS, true),
    CALLS(Feather.PHONE_CALL, false),
    VISITS(Feather.MAP_PIN, false),
    FUNNEL(Feather.FILTER, true),
    ANALYSIS(Feather.PIE_CHART, false),
    IMPORT_EXPORT(Feather.REPEAT, false),
    SETTINGS(Feather.SETTINGS, true);

    private final Ikon icon;
    private final boolean built;

    Screen(Ikon icon, boolean built) {
        this.icon = icon;
        this.built = built;
    }

    public Ikon icon() {
        return icon;
    }

    /** False for screens that only announce what will come. */
    public boolean isBuilt() {
        return built;
    }

    /** Stem of the screen's bundle keys: "nav.&lt;stem&gt;", "coming.&lt;stem&gt;". */
    public String keyStem() {
        String lower = name().toLowerCase(Locale.ROOT);
        int underscore = lower.indexOf('_');
        if (underscore < 0) {
            return lower;
        }
        return lower.substring(0, underscore) + Character.toUpperCase(lower.charAt(underscore + 1))
                + lower.substring(underscore + 2);
    }

    public String navKey() {
        return "nav." + keyStem();
    }
}
